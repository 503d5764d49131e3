/**
 * verify's wait for the index with a fake clock: its backoff, messages, timeout, and refusal of
 * a file of the same name with another sha256.
 */
import { describe, expect, it } from '@jest/globals'
import { waitForFile } from '../../../src/gates/verify/wait.js'
import type { ListedFile } from '../../../src/python/listing.js'
import { GateError } from '../../../src/util/errors.js'
import { MemoryLogger } from '../../../src/util/logger.js'

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
