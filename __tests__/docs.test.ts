// The generated documents come from action.yml and the code's tables: the README's tables,
// the command line's inputs module, the reusable workflow's pass-through inputs and their
// table in docs/workflows.md. action.yml agrees with the settings parser and documents every
// decision value. With UPDATE_DOCS=1 (npm run docs) the files are rewritten, not compared.
import { readFileSync, writeFileSync } from 'node:fs'
import { format, resolveConfig } from 'prettier'
import { parse } from 'yaml'
import {
  gatesTable,
  inputsModule,
  inputsTable,
  outputsTable,
  readActionMetadata,
  replaceSection
} from './helpers/action-metadata.js'
import {
  replaceYamlSection,
  workflowInputsBlock,
  workflowInputsTable
} from './helpers/workflow-inputs.js'
import { GATE_GUIDE } from '../src/gates/guide.js'
import { GATES } from '../src/gates/names.js'
import { PIPELINE_STEPS } from '../src/gates/pipeline/entry.js'
import { GATE_DECISIONS } from '../src/report/decisions.js'
import { DEFAULTS, INPUT_NAMES } from '../src/settings.js'

const meta = readActionMetadata()
const update = process.env.UPDATE_DOCS === '1'

/** Compares a generated file with the committed one, or writes it with UPDATE_DOCS=1. */
function expectGenerated(file: string, expected: string): void {
  const current = readFileSync(file, 'utf8')
  if (update) {
    if (expected !== current) writeFileSync(file, expected)
    return
  }
  // Run `npm run docs` to regenerate it after changing action.yml or the tables.
  expect(current).toBe(expected)
}

/** Formats text as Prettier formats the file (CI checks the committed files with Prettier). */
async function formatted(file: string, text: string): Promise<string> {
  return format(text, { ...(await resolveConfig(file)), filepath: file })
}

describe('README tables', () => {
  it('match action.yml and the gates table', () => {
    const current = readFileSync('README.md', 'utf8')
    let expected = replaceSection(current, 'inputs', inputsTable(meta))
    expected = replaceSection(expected, 'outputs', outputsTable(meta))
    expected = replaceSection(expected, 'gates', gatesTable(GATE_GUIDE))
    expectGenerated('README.md', expected)
  })
})

describe('generated inputs module', () => {
  it('matches action.yml', () => {
    expectGenerated('src/generated/action-inputs.ts', inputsModule(meta))
  })
})

describe('the reusable workflow', () => {
  const file = '.github/workflows/publish.yml'

  it("declares the action's inputs it passes through, as action.yml describes them", async () => {
    const current = readFileSync(file, 'utf8')
    const expected = await formatted(
      file,
      replaceYamlSection(current, 'action-inputs', workflowInputsBlock(meta))
    )
    expectGenerated(file, expected)
  })

  it('has its inputs table in docs/workflows.md', async () => {
    const doc = 'docs/workflows.md'
    const inputs = (
      parse(readFileSync(file, 'utf8')) as {
        on: { workflow_call: { inputs: Record<string, { description?: string }> } }
      }
    ).on.workflow_call.inputs
    const current = readFileSync(doc, 'utf8')
    const expected = await formatted(
      doc,
      replaceSection(current, 'workflow-inputs', workflowInputsTable(inputs))
    )
    expectGenerated(doc, expected)
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

  /** The values a description lists after `label:` (up to the full stop). */
  const listed = (description: string, label: string): string[] => {
    const text = description.replace(/\s+/g, ' ')
    const match = new RegExp(`(?:^|\\. )${label}: ([a-z-]+(?:, [a-z-]+)*)\\.`).exec(text)
    return match ? match[1]!.split(', ').sort() : []
  }

  it("documents every value of each gate's decision output", () => {
    const description = meta.outputs.decision!.description
    for (const gate of GATES) {
      expect({ gate, values: listed(description, gate) }).toEqual({
        gate,
        values: [...GATE_DECISIONS[gate]].sort()
      })
    }
  })

  it("declares the pipeline's <step>-decision outputs with every value they take", () => {
    const gateOf = (step: string): keyof typeof GATE_DECISIONS =>
      step === 'test-publish' ? 'publish' : (step as keyof typeof GATE_DECISIONS)
    for (const step of PIPELINE_STEPS) {
      const output = meta.outputs[`${step}-decision`]
      expect({ step, declared: output !== undefined }).toEqual({ step, declared: true })
      const text = output!.description.replace(/\s+/g, ' ')
      // A step takes its gate's values, skipped when it did not run, dry-run after a dry build.
      for (const value of new Set([...GATE_DECISIONS[gateOf(step)], 'skipped', 'dry-run'])) {
        expect({ step, value, documented: new RegExp(`\\b${value}\\b`).test(text) }).toEqual({
          step,
          value,
          documented: true
        })
      }
    }
  })
})

describe('the gates table', () => {
  it('names only inputs action.yml declares, and the pipeline reads all of them', () => {
    const declared = new Set(Object.keys(meta.inputs))
    for (const gate of GATES) {
      for (const name of GATE_GUIDE[gate].reads)
        expect({ gate, name, declared: declared.has(name) }).toEqual({ gate, name, declared: true })
    }
    // The plan's dimensions are the plan's alone: a pipeline builds one variant, one Python.
    const planOnly = ['variant-names', 'python-versions', 'platforms', 'runner-labels']
    expect([...GATE_GUIDE.pipeline.reads].sort()).toEqual(
      [...INPUT_NAMES].filter(name => name !== 'gate' && !planOnly.includes(name)).sort()
    )
  })
})
