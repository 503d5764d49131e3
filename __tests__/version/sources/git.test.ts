/**
 * The vLLM checkout as a source, with a fake git: which questions it asks, how it reads
 * `git describe`, and when a bad vllm-source is an error rather than a missing source.
 */
import { describe, expect, it } from '@jest/globals'
import { gitSource } from '../../../src/version/sources/git.js'
import type { DetectOptions, GitAnswer } from '../../../src/version/types.js'
import { detectOptions, fakePorts, gitFail, gitOk } from '../../helpers/detect.js'
import { gateFailure } from '../../helpers/errors.js'

interface Checkout {
  /** Directories that exist. */
  dirs?: string[]
  /** Answer of `git rev-parse --show-prefix`; null when git cannot be started. */
  prefix?: GitAnswer | null
  /** Answer of `git describe`. */
  describe?: GitAnswer
}

function detect(checkout: Checkout, overrides: Partial<DetectOptions> = {}) {
  const calls: { dir: string; args: readonly string[] }[] = []
  const ports = fakePorts({
    isDirectory: async dir => (checkout.dirs ?? []).includes(dir),
    git: async (dir, args) => {
      calls.push({ dir, args })
      if (args.includes('rev-parse'))
        return checkout.prefix === undefined ? gitOk('\n') : checkout.prefix
      return checkout.describe ?? gitFail('fatal: No names found, cannot describe anything.')
    }
  })
  return { outcome: gitSource.detect(detectOptions(overrides), ports), calls }
}

const tagged = (describe: string): Checkout => ({ dirs: ['vllm'], describe: gitOk(describe) })

describe('gitSource on a checkout', () => {
  it('reads a tag with its v prefix, asking git with argument arrays in that directory', async () => {
    const { outcome, calls } = detect(tagged('v0.6.3-0-gabc1234\n'))
    expect(await outcome).toEqual({
      found: true,
      version: 'v0.6.3',
      display: '0.6.3',
      detail: "git describe in 'vllm': v0.6.3-0-gabc1234",
      commitsPastTag: 0
    })
    expect(calls).toEqual([
      { dir: 'vllm', args: ['rev-parse', '--show-prefix'] },
      {
        dir: 'vllm',
        args: ['describe', '--tags', '--long', '--match', 'v[0-9]*', '--match', '[0-9]*']
      }
    ])
  })

  it('shows how far HEAD is past the tag', async () => {
    expect(await detect(tagged('v0.6.3-5-g1a2b3c4')).outcome).toMatchObject({
      display: '0.6.3 + 5 commits (g1a2b3c4)',
      commitsPastTag: 5
    })
    expect(await detect(tagged('v0.6.3-1-g1a2b3c4')).outcome).toMatchObject({
      display: '0.6.3 + 1 commit (g1a2b3c4)'
    })
  })

  it("adds build's version-suffix to the tag's version", async () => {
    const { outcome } = detect(tagged('v0.6.3-0-gabc1234'), { versionSuffix: '.post1' })
    expect(await outcome).toMatchObject({
      version: 'v0.6.3.post1',
      display: '0.6.3.post1',
      detail: "git describe in 'vllm': v0.6.3-0-gabc1234, with version-suffix .post1"
    })
  })

  it('shows a tag that is no version as it is, for the agreement step to reject', async () => {
    const { outcome } = detect(tagged('v0.6.3-cpu.x-0-gabc1234'))
    expect(await outcome).toMatchObject({ version: 'v0.6.3-cpu.x', display: 'v0.6.3-cpu.x' })
  })

  it('is unavailable, with the shallow-clone hint, when no tag is reachable', async () => {
    const outcome = await detect({ dirs: ['vllm'] }).outcome
    expect(outcome.found).toBe(false)
    if (outcome.found) return
    expect(outcome.reason).toContain('No names found')
    expect(outcome.reason).toContain('fetch-depth: 0')
  })

  it('is unavailable when describe answers something it cannot read', async () => {
    const outcome = await detect(tagged('abc1234')).outcome
    expect(outcome).toEqual({
      found: false,
      reason: "could not read git describe output 'abc1234' in 'vllm'"
    })
  })
})

describe('gitSource on a vllm-source that is not a usable checkout', () => {
  const named = { sourceDir: 'src/vllm', sourceDirExplicit: true }

  it('is an error, naming the gate, when the named directory does not exist', async () => {
    const error = await gateFailure(detect({}, { ...named, gate: 'build' }).outcome)
    expect(error.gate).toBe('build')
    expect(error.message).toBe("vllm-source 'src/vllm' does not exist")
    expect(error.hint).toContain('fetch-depth: 0')
  })

  it('is an error when the named directory is not a git repository', async () => {
    const checkout = {
      dirs: ['src/vllm'],
      prefix: gitFail('fatal: not a git repository (or any of the parent directories): .git')
    }
    const error = await gateFailure(detect(checkout, named).outcome)
    expect(error.gate).toBe('check')
    expect(error.message).toBe(
      "vllm-source 'src/vllm' is not a git repository: fatal: not a git repository " +
        '(or any of the parent directories): .git'
    )
  })

  it('is an error when the named directory is only a subdirectory of another checkout', async () => {
    const error = await gateFailure(
      detect({ dirs: ['src/vllm'], prefix: gitOk('src/vllm/\n') }, named).outcome
    )
    expect(error.message).toContain("subdirectory 'src/vllm/' of another checkout")
  })

  it('is an error when git cannot be started for a named directory', async () => {
    const error = await gateFailure(detect({ dirs: ['src/vllm'], prefix: null }, named).outcome)
    expect(error.message).toContain('git could not be started')
  })

  it('is merely unavailable for the default directory, whatever is wrong with it', async () => {
    for (const checkout of [
      {},
      { dirs: ['vllm'], prefix: gitFail('fatal: not a git repository') },
      { dirs: ['vllm'], prefix: gitOk('vllm/\n') },
      { dirs: ['vllm'], prefix: null }
    ]) {
      const outcome = await detect(checkout).outcome
      expect(outcome.found).toBe(false)
      if (!outcome.found) expect(outcome.reason).toContain('the default vllm-source')
    }
  })
})
