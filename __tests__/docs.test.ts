// The README's tables come from action.yml, and action.yml agrees with the settings parser.
// With UPDATE_DOCS=1 (npm run docs) the README is rewritten instead of compared.
import { readFileSync, writeFileSync } from 'node:fs'
import {
  inputsModule,
  inputsTable,
  outputsTable,
  readActionMetadata,
  replaceSection
} from './helpers/action-metadata.js'
import { DEFAULTS, INPUT_NAMES } from '../src/settings.js'

const meta = readActionMetadata()

describe('README tables', () => {
  it('match action.yml', () => {
    const current = readFileSync('README.md', 'utf8')
    let expected = replaceSection(current, 'inputs', inputsTable(meta))
    expected = replaceSection(expected, 'outputs', outputsTable(meta))
    if (process.env.UPDATE_DOCS === '1' && expected !== current) {
      writeFileSync('README.md', expected)
      return
    }
    // Run `npm run docs` to regenerate the tables after changing action.yml.
    expect(current).toBe(expected)
  })
})

describe('generated inputs module', () => {
  it('matches action.yml', () => {
    const file = 'src/generated/action-inputs.ts'
    const expected = inputsModule(meta)
    if (process.env.UPDATE_DOCS === '1') {
      writeFileSync(file, expected)
      return
    }
    // Run `npm run docs` to regenerate it after changing action.yml.
    expect(readFileSync(file, 'utf8')).toBe(expected)
  })
})

describe('action.yml', () => {
  it('declares exactly the inputs settings reads', () => {
    expect(Object.keys(meta.inputs).sort()).toEqual([...INPUT_NAMES].sort())
  })

  it('declares the same non-empty defaults as settings', () => {
    for (const [name, input] of Object.entries(meta.inputs)) {
      // Expressions such as ${{ github.token }} are the runner's to fill in; settings never sees them.
      if (!input.default || input.default.includes('${{')) continue
      expect({ name, value: (DEFAULTS as Record<string, string>)[name] }).toEqual({
        name,
        value: input.default
      })
    }
  })

  it('runs on node24 from the bundle', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('describes every input and output', () => {
    for (const input of Object.values(meta.inputs))
      expect(input.description.length).toBeGreaterThan(10)
    for (const output of Object.values(meta.outputs))
      expect(output.description.length).toBeGreaterThan(10)
  })
})
