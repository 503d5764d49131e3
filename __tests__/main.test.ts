import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { GateContext } from '../src/gates/context.js'
import type { Settings } from '../src/settings.js'
import { MemoryLogger } from '../src/util/logger.js'

// The gate registry is replaced so each test decides what the gate does (or throws).
let gateBehaviour: (settings: Settings, context: GateContext) => Promise<void> = async () => {}
jest.unstable_mockModule('../src/gates/registry.js', () => ({
  runGate: (settings: Settings, context: GateContext) => gateBehaviour(settings, context)
}))
const { run } = await import('../src/main.js')
const { createRealContext } = await import('../src/gates/real-context.js')
const { testEnvironment } = await import('./helpers/context.js')
const { actionsSink } = await import('../src/report/sink.js')
const { GateError, SettingError } = await import('../src/util/errors.js')

function deps(inputs: Record<string, string>) {
  const outputs = new Map<string, string>()
  const summaries: string[] = []
  const failures: string[] = []
  const exitCodes: number[] = []
  const logger = new MemoryLogger()
  return {
    outputs,
    summaries,
    failures,
    exitCodes,
    logger,
    value: {
      readInput: (name: string) => inputs[name] ?? '',
      sink: {
        setOutput: (name: string, value: string) => void outputs.set(name, value),
        writeSummary: async (markdown: string) => void summaries.push(markdown)
      },
      logger,
      env: testEnvironment(),
      fail: (message: string, exitCode: number) => {
        failures.push(message)
        exitCodes.push(exitCode)
      },
      cwd: process.cwd(),
      createContext: createRealContext
    }
  }
}

describe('run', () => {
  it('writes outputs and one summary from the log, and does not fail a passing gate', async () => {
    gateBehaviour = async (_settings, context) => {
      context.log.record({ gate: 'check', target: 'w.whl', decision: 'passed', reason: 'ok' })
      context.log.setOutput('decision', 'passed')
    }
    const d = deps({ gate: 'check' })
    await run(d.value)
    expect(d.failures).toEqual([])
    expect(d.outputs.get('decision')).toBe('passed')
    expect(d.summaries).toHaveLength(1)
    expect(d.summaries[0]).toContain('| check | w.whl | ✅ passed | ok |')
  })

  it('fails with the gate named and the hint, and still writes the summary', async () => {
    gateBehaviour = async (_settings, context) => {
      context.log.record({ gate: 'check', target: 'w.whl', decision: 'failed', reason: 'bad' })
      throw new GateError('check', 'RECORD is wrong.', 'Rebuild the wheel.')
    }
    const d = deps({ gate: 'check' })
    await run(d.value)
    expect(d.failures).toEqual(['check gate failed: RECORD is wrong.\nRebuild the wheel.'])
    expect(d.summaries[0]).toContain('**Failed:** check gate failed: RECORD is wrong.')
  })

  it('fails on a thrown value that is not an Error', async () => {
    gateBehaviour = async () => {
      throw 'a plain string'
    }
    const d = deps({ gate: 'check' })
    await run(d.value)
    expect(d.failures).toEqual(['check gate failed: a plain string'])
  })

  it('names the gate when a setting of a valid gate is wrong', async () => {
    const d = deps({ gate: 'check', 'dry-run': 'maybe' })
    await run(d.value)
    expect(d.failures[0]).toMatch(/^check gate failed: Invalid dry-run 'maybe'/)
    expect(d.exitCodes).toEqual([2])
  })

  it('reports an unknown gate as a settings error', async () => {
    const d = deps({ gate: 'chek' })
    await run(d.value)
    expect(d.failures).toEqual([
      "Invalid settings: Invalid gate 'chek'. Expected one of plan, build, check, publish, verify, release, pipeline."
    ])
  })

  it('ends with exit code 2 for a setting and 1 for the world', async () => {
    const setting = deps({ gate: 'check', 'max-file-size': 'lots' })
    await run(setting.value)
    expect(setting.exitCodes).toEqual([2])
    gateBehaviour = async () => {
      throw new SettingError('release', 'The release gate needs a GitHub token.')
    }
    const preflight = deps({ gate: 'release' })
    await run(preflight.value)
    expect(preflight.exitCodes).toEqual([2])
    gateBehaviour = async () => {
      throw new GateError('check', 'No wheel matches.')
    }
    const world = deps({ gate: 'check' })
    await run(world.value)
    expect(world.exitCodes).toEqual([1])
  })

  it('shows a failure in the table when the gate recorded none', async () => {
    gateBehaviour = async (_settings, context) => {
      context.log.record({ gate: 'check', target: 'w.whl', decision: 'passed', reason: 'ok' })
      throw new GateError('check', 'The version disagrees.')
    }
    const d = deps({ gate: 'check' })
    await run(d.value)
    expect(d.outputs.get('decision')).toBe('failed')
    expect(d.summaries[0]).toContain('| check | check | ❌ failed | The version disagrees. |')
  })

  it('never reports a secret: not in the failure, the outputs or the summary', async () => {
    const secret = 'pypi-main-test-secret-0123456789'
    const password = 's3cr3t/p@ss'
    gateBehaviour = async (_settings, context) => {
      const echoed = Buffer.from(`__token__:${secret}`).toString('base64')
      context.log.record({ gate: 'publish', target: 'w.whl', decision: 'failed', reason: echoed })
      context.log.setOutput('decision', `failed ${secret}`)
      throw new GateError('publish', `server said Basic ${echoed} for ${password}`)
    }
    const d = deps({
      gate: 'publish',
      token: secret,
      repository: `https://user:${encodeURIComponent(password)}@upload.test/legacy/`
    })
    await run(d.value)
    const everything = [...d.failures, ...d.summaries, ...d.outputs.values()].join('\n')
    expect(everything).not.toContain(secret)
    expect(everything).not.toContain(password)
    expect(everything).not.toContain(Buffer.from(`__token__:${secret}`).toString('base64'))
    expect(d.failures[0]).toBe('publish gate failed: server said Basic *** for ***')
  })

  it('keeps the gate result when the summary cannot be written', async () => {
    gateBehaviour = async () => {}
    const d = deps({ gate: 'check' })
    d.value.sink.writeSummary = async () => {
      throw new Error('disk full')
    }
    await run(d.value)
    expect(d.failures).toEqual([])
    expect(d.logger.text()).toContain('Could not write the job summary: disk full')
  })
})

describe('actionsSink', () => {
  const saved = { out: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY }
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sink-'))
    process.env.GITHUB_OUTPUT = path.join(dir, 'output')
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'summary')
    writeFileSync(process.env.GITHUB_OUTPUT, '')
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '')
  })
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
    process.env.GITHUB_OUTPUT = saved.out
    process.env.GITHUB_STEP_SUMMARY = saved.summary
  })

  it('writes outputs to GITHUB_OUTPUT and the summary to GITHUB_STEP_SUMMARY', async () => {
    gateBehaviour = async (_settings, context) => {
      context.log.record({ gate: 'check', target: 'w.whl', decision: 'passed', reason: 'ok' })
      context.log.setOutput('version', '0.6.3')
    }
    const d = deps({ gate: 'check' })
    await run({ ...d.value, sink: actionsSink(process.env.GITHUB_STEP_SUMMARY ?? '') })
    const output = readFileSync(path.join(dir, 'output'), 'utf8')
    expect(output).toMatch(/^version<<ghadelimiter_[\w-]+\n0\.6\.3\n/)
    expect(readFileSync(path.join(dir, 'summary'), 'utf8')).toContain('| check | w.whl |')
  })
})
