/**
 * action.yml as data, and the README tables generated from it (inputs and outputs).
 * `npm run docs` rewrites the README between the markers; a test fails when they drift.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

export interface ActionInput {
  readonly description: string
  readonly required?: boolean
  readonly default?: string
}
export interface ActionMetadata {
  readonly inputs: Record<string, ActionInput>
  readonly outputs: Record<string, { readonly description: string }>
  readonly runs: { readonly using: string; readonly main: string }
}

/** Reads and parses action.yml. */
export function readActionMetadata(file = 'action.yml'): ActionMetadata {
  return parse(readFileSync(file, 'utf8')) as ActionMetadata
}

const cell = (text: string): string => text.trim().replace(/\s+/g, ' ').replace(/\|/g, '\\|')

/** The inputs table as the README shows it. */
export function inputsTable(meta: ActionMetadata): string {
  const rows = Object.entries(meta.inputs).map(([name, input]) => {
    const fallback = input.required ? '(required)' : input.default ? `\`${input.default}\`` : ''
    return `| \`${name}\` | ${fallback} | ${cell(input.description)} |`
  })
  return ['| Input | Default | Description |', '| --- | --- | --- |', ...rows].join('\n')
}

/** The outputs table as the README shows it. */
export function outputsTable(meta: ActionMetadata): string {
  const rows = Object.entries(meta.outputs).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
  )
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

/** The README's table of gates: what each does, the inputs it reads, and an example. */
export function gatesTable(
  guide: Readonly<Record<string, { summary: string; example: string; reads: readonly string[] }>>
): string {
  const rows = Object.entries(guide).map(
    ([gate, g]) =>
      `| \`${gate}\` | ${cell(g.summary)} | ${g.reads.map(name => `\`${name}\``).join(', ')} | \`${g.example.replace(/\|/g, '\\|')}\` |`
  )
  return ['| Gate | Does | Reads | Example |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function replaceSection(document: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = document.indexOf(start)
  const to = document.indexOf(end)
  if (from === -1 || to === -1 || to < from)
    throw new Error(`README has no ${name} section markers`)
  return document.slice(0, from + start.length) + '\n' + body + '\n' + document.slice(to)
}

/** The TypeScript module the command line's --help reads: action.yml's inputs as data. */
export function inputsModule(meta: ActionMetadata): string {
  const rows = Object.entries(meta.inputs).map(([name, input]) => ({
    name,
    description: input.description.trim().replace(/\s+/g, ' '),
    default: input.default ?? '',
    required: input.required === true
  }))
  return [
    '// Generated from action.yml by `npm run docs`; a test fails when it drifts. Do not edit.',
    '',
    '/** One action input, as action.yml declares it. */',
    'export interface ActionInput {',
    '  readonly name: string',
    '  readonly description: string',
    '  readonly default: string',
    '  readonly required: boolean',
    '}',
    '',
    '/** Every input of action.yml, in its order. */',
    `export const ACTION_INPUTS: readonly ActionInput[] = ${JSON.stringify(rows, null, 2)}`,
    ''
  ].join('\n')
}
