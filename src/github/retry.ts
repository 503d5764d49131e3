/**
 * The GitHub client's retry policy over src/util/retry.ts: server errors (5xx) and requests that
 * got no answer are retried with backoff; client errors (4xx) never are, since repeating them
 * cannot help. Sleep and randomness stay injectable so tests run instantly.
 */
import { retry, type RetryOptions } from '../util/retry.js'
import { GitHubApiError } from './client.js'

/** How often and how patiently GitHub calls are retried. */
export type RetryPolicy = Omit<RetryOptions, 'retryable' | 'onRetry'>

/** Four tries within about 1 + 2 + 4 seconds of jittered waits. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000
}

/** True for failures worth repeating: 5xx answers and requests that never got an answer. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof GitHubApiError) return error.status >= 500 || error.status === 0
  return false
}

/** Runs `fn`, retrying retryable failures per `policy`; rethrows the last failure. */
export function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy,
  onRetry: (error: unknown, retry: number, delayMs: number) => void = () => undefined
): Promise<T> {
  return retry(() => fn(), { ...policy, retryable: isRetryable, onRetry })
}
