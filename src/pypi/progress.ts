/** Upload progress in the log: a line at each quarter of a large file, with the rate so far. */
import type { Logger } from '../util/logger.js'

const PROGRESS_MIN_BYTES = 16 * 1024 * 1024

/** Logs upload progress at each quarter with the rate so far; silent for small files. */
export function progressLogger(
  logger: Logger,
  filename: string,
  now: () => number = Date.now
): (sent: number, total: number) => void {
  const start = now()
  let nextQuarter = 1
  return (sent, total) => {
    if (total < PROGRESS_MIN_BYTES) return
    while (nextQuarter <= 4 && sent >= (total * nextQuarter) / 4) {
      const seconds = Math.max((now() - start) / 1000, 0.001)
      const rate = sent / 1e6 / seconds
      logger.info(
        `${filename}: ${nextQuarter * 25}% of ${(total / 1e6).toFixed(1)} MB sent (${rate.toFixed(1)} MB/s)`
      )
      nextQuarter++
    }
  }
}
