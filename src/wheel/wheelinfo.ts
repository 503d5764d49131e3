/**
 * The `.dist-info/WHEEL` file: Wheel-Version, Root-Is-Purelib, one Tag line per expanded tag,
 * and an optional Build. Same header syntax as METADATA.
 */
import { getAllFields, getField, parseCoreMetadata } from './metadata.js'
import { InvalidWheelError, type WheelInfo } from './types.js'

/** Parses WHEEL; throws InvalidWheelError when Wheel-Version is missing. */
export function parseWheelInfo(input: Buffer | Uint8Array | string): WheelInfo {
  const meta = parseCoreMetadata(input)
  const wheelVersion = getField(meta, 'Wheel-Version')?.trim()
  if (!wheelVersion) {
    throw new InvalidWheelError(
      'The WHEEL file has no Wheel-Version field',
      'The wheel was not written by a wheel build tool; rebuild it (pip wheel, python -m build).'
    )
  }
  const purelib = getField(meta, 'Root-Is-Purelib')?.trim().toLowerCase()
  const tags = getAllFields(meta, 'Tag')
    .map(tag => tag.trim())
    .filter(tag => tag !== '')
  return {
    wheelVersion,
    rootIsPurelib: purelib === undefined ? null : purelib === 'true',
    tags,
    build: getField(meta, 'Build')?.trim() ?? null
  }
}
