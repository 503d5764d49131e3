/**
 * What no reader of ours inflates: an archive PyPI would refuse as a decompression bomb, or one
 * with an entry in a compression method other than stored or deflate. Both are known from the
 * central directory alone, so check and normalize refuse such a file before a byte is inflated
 * (the bound on time and memory), with PyPI's message (wheel/warehouse.ts) and what to do.
 */
import type { ZipDirectory } from '../archive/central-directory.js'
import { compressionMethodProblem, compressionRatioProblem } from '../wheel/warehouse.js'
import { InvalidWheelError } from '../wheel/types.js'

/** Throws InvalidWheelError for a bomb or an unsupported compression method, as PyPI orders them. */
export function refuseBeforeInflating(directory: ZipDirectory, path: string): void {
  // Warehouse sums zipfile's file_size over every entry, directories included.
  let declared = 0
  for (const entry of directory.entries) declared += entry.uncompressedSize
  const bomb = compressionRatioProblem(declared, directory.fileSize)
  if (bomb) throw new InvalidWheelError(`'${path}': ${bomb.message}`, bomb.hint)
  for (const entry of directory.entries) {
    const problem = compressionMethodProblem(entry.name, entry.method)
    if (problem) throw new InvalidWheelError(`'${path}': ${problem.message}`, problem.hint)
  }
}
