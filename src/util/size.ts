/** Byte sizes for people: bytes, KiB, MiB or GiB, whichever reads best (never "0.0 MiB"). */

const KiB = 1024
const MiB = 1024 * KiB
const GiB = 1024 * MiB

/** `512 bytes`, `12.3 KiB`, `310.0 MiB`, `1.2 GiB`. */
export function formatSize(bytes: number): string {
  if (bytes < KiB) return `${bytes} bytes`
  if (bytes < MiB) return `${(bytes / KiB).toFixed(1)} KiB`
  if (bytes < GiB) return `${(bytes / MiB).toFixed(1)} MiB`
  return `${(bytes / GiB).toFixed(1)} GiB`
}
