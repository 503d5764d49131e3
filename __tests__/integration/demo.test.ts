/**
 * The README's first command, run as a newcomer runs it: the whole pipeline twice on the
 * embedded default (stand-in vLLM, file:// indexes, no token). The first run publishes both
 * indexes; the second skips every upload as identical, reuses the build and verifies again.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'

/** The decision table rows of one run: gate, target, decision. */
function rows(table: string): { gate: string; target: string; decision: string }[] {
  return table
    .split('\n')
    .filter(line => /^(build|check|publish|verify|release|pipeline)\s/.test(line))
    .map(line => {
      const [gate = '', target = '', decision = ''] = line.split(/\s{2,}/)
      return { gate, target, decision }
    })
}

describe('npm run demo', () => {
  it('publishes on the first run and skips everything as identical on the second', () => {
    const result = spawnSync('bash', ['scripts/demo.sh'], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_TOKEN: '' },
      maxBuffer: 64 * 1024 * 1024
    })
    expect({ status: result.status, stderr: result.status === 0 ? '' : result.stderr }).toEqual({
      status: 0,
      stderr: ''
    })
    const [first = '', second = ''] = result.stdout.split('== second run')
    const firstRows = rows(first)
    const secondRows = rows(second)
    const decisionOf = (table: typeof firstRows, gate: string) =>
      table.filter(r => r.gate === gate && r.target.endsWith('.whl')).map(r => r.decision)

    expect(decisionOf(firstRows, 'build')).toEqual(['built'])
    expect(decisionOf(firstRows, 'publish')).toEqual(['uploaded', 'uploaded'])
    expect(decisionOf(firstRows, 'verify')).toEqual(['verified'])
    expect(firstRows.find(r => r.gate === 'release')?.decision).toBe('skipped')

    expect(decisionOf(secondRows, 'build')).toEqual(['reused'])
    expect(decisionOf(secondRows, 'publish')).toEqual(['skipped-identical', 'skipped-identical'])
    // Verify runs again, with every check, although nothing was uploaded.
    expect(decisionOf(secondRows, 'verify')).toEqual(['verified'])
    expect(secondRows.filter(r => r.gate === 'verify').map(r => r.target)).toEqual(
      expect.arrayContaining(['import vllm', 'import torch', 'cpu torch', 'verify-command'])
    )
    expect(second).toContain('torch-version=2.13.0+cpu')
    expect(second).toContain('torch-cuda=\n')
  }, 600_000)
})
