import { describe, expect, it } from '@jest/globals'
import { GitHubApiError } from '../../src/github/client.js'
import { isRetryable, withRetry, type RetryPolicy } from '../../src/github/retry.js'

function policy(sleeps: number[], random = 0.999): RetryPolicy {
  return {
    attempts: 5,
    baseDelayMs: 1000,
    maxDelayMs: 5000,
    sleep: async ms => {
      sleeps.push(ms)
    },
    random: () => random
  }
}

describe('retry policy', () => {
  it('retries 5xx and answerless failures, never 4xx or foreign errors', () => {
    expect(isRetryable(new GitHubApiError(502, 'Bad Gateway'))).toBe(true)
    expect(isRetryable(new GitHubApiError(0, 'no answer'))).toBe(true)
    expect(isRetryable(new GitHubApiError(422, 'Validation Failed'))).toBe(false)
    expect(isRetryable(new GitHubApiError(404, 'Not Found'))).toBe(false)
    expect(isRetryable(new Error('bug'))).toBe(false)
  })

  it('stops at the first success and reports each retry', async () => {
    const sleeps: number[] = []
    const seen: number[] = []
    let calls = 0
    const value = await withRetry(
      async () => {
        calls++
        if (calls < 3) throw new GitHubApiError(500, 'oops')
        return 'done'
      },
      policy(sleeps),
      (_error, retry) => seen.push(retry)
    )
    expect(value).toBe('done')
    expect(calls).toBe(3)
    expect(seen).toEqual([1, 2])
    expect(sleeps).toHaveLength(2)
  })

  it('rethrows a 4xx at once', async () => {
    const sleeps: number[] = []
    let calls = 0
    const failing = withRetry(async () => {
      calls++
      throw new GitHubApiError(403, 'Forbidden')
    }, policy(sleeps))
    await expect(failing).rejects.toMatchObject({ status: 403 })
    expect(calls).toBe(1)
    expect(sleeps).toEqual([])
  })
})
