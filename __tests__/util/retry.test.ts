/** Backoff with jitter and the retry loop, with fake sleep and randomness. */
import { describe, expect, it } from '@jest/globals'
import { backoffDelay, retry } from '../../src/util/retry.js'

describe('retry', () => {
  it('doubles the jitter window up to the cap', () => {
    const options = { baseDelayMs: 100, maxDelayMs: 500 }
    expect([1, 2, 3, 4, 5].map(n => backoffDelay(n, options, () => 0.999))).toEqual([
      99, 199, 399, 499, 499
    ])
    expect(backoffDelay(3, options, () => 0)).toBe(0)
  })

  it('retries retryable failures, then gives the last error', async () => {
    const sleeps: number[] = []
    let calls = 0
    await expect(
      retry(
        async () => {
          calls++
          throw new Error(`fail ${calls}`)
        },
        {
          attempts: 3,
          baseDelayMs: 10,
          maxDelayMs: 100,
          retryable: () => true,
          sleep: async ms => void sleeps.push(ms),
          random: () => 0.5
        }
      )
    ).rejects.toThrow('fail 3')
    expect(calls).toBe(3)
    expect(sleeps).toEqual([5, 10])
  })

  it('stops at once on a non-retryable failure and returns a success', async () => {
    let calls = 0
    await expect(
      retry(
        async () => {
          calls++
          throw new Error('fatal')
        },
        {
          attempts: 5,
          baseDelayMs: 1,
          maxDelayMs: 1,
          retryable: () => false,
          sleep: async () => undefined
        }
      )
    ).rejects.toThrow('fatal')
    expect(calls).toBe(1)
    const value = await retry(async attempt => (attempt < 2 ? Promise.reject(new Error('x')) : 'ok'), {
      attempts: 3, baseDelayMs: 1, maxDelayMs: 1, retryable: () => true, sleep: async () => undefined
    }) // prettier-ignore
    expect(value).toBe('ok')
  })
})
