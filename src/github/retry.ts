/**
 * The GitHub client's retry policy: server errors (5xx) and network failures are retried with
 * exponential backoff and jitter; client errors (4xx) never are, since repeating them cannot help.
 * The sleep and the random source are injected so tests run instantly and deterministically.
 */
import { GitHubApiError } from './client.js'

/** How often and how patiently to retry. */
export interface RetryPolicy {
  /** Total tries, the first included. */
  readonly attempts: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  readonly sleep: (ms: number) => Promise<void>
  /** A number in [0, 1); Math.random in production. */
  readonly random: () => number
}

/** Waits for real: the production sleep. */
export const realSleep = (ms: number): Promise<void> =>
  new Promise(resolve => setTimeout(resolve, ms))

/** Four tries over roughly 1 + 2 + 4 seconds. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  sleep: realSleep,
  random: Math.random
}

/** True for failures worth repeating: 5xx answers and requests that never got an answer. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof GitHubApiError) return error.status >= 500 || error.status === 0
  return false
}

/** The wait before retry number `retry` (1-based): exponential, capped, with half jitter. */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1))
  return Math.round(ceiling / 2 + (ceiling / 2) * policy.random())
}

/** Runs `fn`, retrying retryable failures per `policy`; rethrows the last failure. */
export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy,
  onRetry: (error: unknown, retry: number, delayMs: number) => void = () => undefined
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryable(error)) throw error
      const delay = backoffDelay(policy, attempt)
      onRetry(error, attempt, delay)
      await policy.sleep(delay)
    }
  }
}
