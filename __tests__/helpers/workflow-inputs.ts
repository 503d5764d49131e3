/**
 * The reusable workflow's inputs as generated from action.yml: which of the action's inputs
 * .github/workflows/publish.yml declares and passes through to its jobs (every input a job's
 * gate reads, under the same name), the YAML block `npm run docs` writes between its
 * `# action-inputs:start` and `# action-inputs:end` lines, and the inputs table of
 * docs/workflows.md. The few action inputs the workflow sets itself are listed with the reason.
 */
import { BOOLEAN_INPUTS } from '../../src/settings.js'
import type { ActionMetadata } from './action-metadata.js'

/** Action inputs the workflow sets itself instead of passing through, and why. */
export const SET_BY_WORKFLOW: Readonly<Record<string, string>> = {
  gate: 'each job runs its own gate',
  variant: "each matrix row's variant, from the plan",
  'package-name':
    'one name for every variant leg would publish them all under one name; name each ' +
    "variant's distribution in the variants table instead",
  wheel: 'the wheel is carried between jobs as an artifact',
  'wheel-artifact': "the artifact of the leg's own build",
  'vllm-source': 'the workflow checks vLLM out itself (vllm-repository, vllm-ref)',
  python: 'actions/setup-python installs python-version',
  'work-dir': 'every job starts on a fresh runner',
  token: 'the PYPI_TOKEN secret',
  'test-token': 'the TEST_PYPI_TOKEN secret',
  'github-token': "the release job's own token",
  'dry-run': "the workflow's own dry-run input: build and check still run for real",
  'release-finalize': 'the release-finalize job publishes the draft the release legs filled',
  'notify-url': 'the NOTIFY_URL secret (a webhook URL is a secret)'
}

/**
 * Which workflow input feeds an action input, per job: the test index's jobs give the
 * action's `repository` and `index-url` the workflow's `test-repository` and `test-index-url`.
 */
export const ROLE_INPUTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'test-publish': { repository: 'test-repository', 'index-url': 'test-index-url' },
  verify: { repository: 'test-repository', 'index-url': 'test-index-url' }
}

/**
 * Values a job (`job`, or `job:gate` for one step) gives an action input from elsewhere than
 * the workflow's input of that name: each matrix row carries its version and suffix from the
 * plan (the build gets the version input itself, and appends the row's suffix), and the
 * finalize job publishes the version of its release row.
 */
const FROM_ROW = {
  version: '${{ matrix.version }}',
  'version-suffix': '${{ matrix.version-suffix }}'
}
export const JOB_VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'build:build': { 'version-suffix': '${{ matrix.version-suffix }}' },
  'build:check': FROM_ROW,
  'test-publish': FROM_ROW,
  publish: FROM_ROW,
  release: FROM_ROW,
  'release-finalize': { version: '${{ matrix.version }}' }
}

/** The action's inputs the workflow declares, in action.yml's order. */
export function passedThrough(meta: ActionMetadata): string[] {
  return Object.keys(meta.inputs).filter(name => !(name in SET_BY_WORKFLOW))
}

/** Text as a YAML single-quoted scalar. */
const quoted = (text: string): string => `'${text.replace(/'/g, "''")}'`

/** Folds text into lines of at most `width` characters. */
function fold(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The workflow's description of one action input: the action's, without `pipeline only:`
 * (the workflow's test-publish and verify jobs read those too).
 */
export function workflowDescription(description: string): string {
  return description
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^pipeline only: /, '')
}

/** The YAML of the passed-through inputs, indented for `on.workflow_call.inputs`. */
export function workflowInputsBlock(meta: ActionMetadata): string {
  const lines: string[] = []
  for (const name of passedThrough(meta)) {
    const input = meta.inputs[name]!
    const boolean = (BOOLEAN_INPUTS as readonly string[]).includes(name)
    lines.push(`      ${name}:`, '        description: >-')
    for (const line of fold(workflowDescription(input.description), 84)) {
      lines.push(`          ${line}`)
    }
    lines.push(`        type: ${boolean ? 'boolean' : 'string'}`)
    lines.push(
      `        default: ${boolean ? String(input.default === 'true') : quoted(input.default ?? '')}`
    )
  }
  return lines.join('\n')
}

/** Replaces the lines between `# name:start...` and `# name:end` of a YAML file. */
export function replaceYamlSection(text: string, name: string, body: string): string {
  const lines = text.split('\n')
  const start = lines.findIndex(line => line.trim().startsWith(`# ${name}:start`))
  const end = lines.findIndex(line => line.trim() === `# ${name}:end`)
  if (start === -1 || end === -1 || end < start) throw new Error(`no ${name} markers`)
  return [...lines.slice(0, start + 1), ...(body ? [body] : []), ...lines.slice(end)].join('\n')
}

/** The inputs table of docs/workflows.md, from the workflow's declared inputs. */
export function workflowInputsTable(
  inputs: Readonly<Record<string, { description?: string; default?: unknown; required?: boolean }>>
): string {
  const cell = (text: string): string => text.trim().replace(/\s+/g, ' ').replace(/\|/g, '\\|')
  const rows = Object.entries(inputs).map(([name, input]) => {
    const fallback = input.required
      ? '(required)'
      : input.default === undefined || input.default === ''
        ? ''
        : `\`${String(input.default)}\``
    return `| \`${name}\` | ${cell(fallback)} | ${cell(input.description ?? '')} |`
  })
  return ['| input | default | meaning |', '| --- | --- | --- |', ...rows].join('\n')
}
