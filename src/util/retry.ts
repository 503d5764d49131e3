/**
 * Retrying with exponential backoff and full jitter. Sleep and randomness are injected so
 * callers' retry behaviour is tested without waiting.
 */

/** How often and how patiently to retry. */
export interface RetryOptions {
  /** Total attempts, the first included (1 means no retry). */
  readonly attempts: number
  /** Delay cap of the first retry in milliseconds; doubles each time. */
  readonly baseDelayMs: number
  /** Upper bound of any single delay. */
  readonly maxDelayMs: number
  /** Whether a failure is worth another attempt; non-retryable failures are rethrown at once. */
  readonly retryable: (error: unknown) => boolean
  /** Waits; `setTimeout` in production, a recorder in tests. */
  readonly sleep?: (ms: number) => Promise<void>
  /** Uniform in [0, 1); `Math.random` unless a test fixes it. */
  readonly random?: () => number
  /** Told before each wait, to log what failed and when the next attempt comes. */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void
}

/** Sleeps for real. */
export const realSleep = (ms: number): Promise<void> =>
  new Promise(resolve => setTimeout(resolve, ms))

/** The delay before retry number `retry` (1-based): full jitter over a doubling window. */
export function backoffDelay(
  retry: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random
): number {
  const window = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1))
  return Math.floor(random() * window)
}

/** Runs `fn` until it succeeds, a failure is not retryable, or the attempts are used up. */
export async function retry<T>(
  fn: (attempt: number) => Promise<T>,
  options: RetryOptions
): Promise<T> {
  const sleep = options.sleep ?? realSleep
  const random = options.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt)
    } catch (error) {
      if (attempt >= options.attempts || !options.retryable(error)) throw error
      const delay = backoffDelay(attempt, options, random)
      options.onRetry?.(error, attempt, delay)
      await sleep(delay)
    }
  }
}
