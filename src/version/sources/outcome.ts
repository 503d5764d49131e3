/** The one helper every source shares: an outcome that says why a source has no version. */
import type { SourceOutcome } from '../types.js'

/** A source that found nothing, and why. */
export const unavailable = (reason: string): SourceOutcome => ({ found: false, reason })
