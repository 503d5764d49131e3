/**
 * The `.dist-info` directory of a wheel, found from the archive's entry names: exactly one,
 * holding METADATA, WHEEL and RECORD. Pure: the names come from whoever read the archive.
 */
import { InvalidWheelError } from './types.js'

/** The files every dist-info directory must hold. */
export const REQUIRED_DIST_INFO_FILES = ['METADATA', 'WHEEL', 'RECORD'] as const

const REBUILD_HINT =
  'Rebuild the wheel with a standard build tool (pip wheel, python -m build, uv build).'

/** The one `{name}-{version}.dist-info` directory; throws InvalidWheelError otherwise. */
export function findDistInfo(names: readonly string[], path: string): string {
  const dirs = new Set<string>()
  for (const name of names) {
    const top = name.split('/')[0] ?? ''
    if (name.includes('/') && top.endsWith('.dist-info')) dirs.add(top)
  }
  if (dirs.size === 0) {
    throw new InvalidWheelError(
      `'${path}' has no .dist-info directory, so it is not a wheel`,
      REBUILD_HINT
    )
  }
  if (dirs.size > 1) {
    throw new InvalidWheelError(
      `'${path}' has ${dirs.size} .dist-info directories (${[...dirs].sort().join(', ')}); ` +
        'a wheel has exactly one',
      'Two dist-info directories usually mean a stale build directory was packed in; clean ' +
        'the build tree (rm -rf build) and rebuild.'
    )
  }
  const dir = [...dirs][0] as string
  const present = new Set(names)
  const missing = REQUIRED_DIST_INFO_FILES.filter(f => !present.has(`${dir}/${f}`))
  if (missing.length > 0) {
    throw new InvalidWheelError(
      `'${path}': ${dir} has no ${missing.join(', ')}; a wheel's dist-info needs METADATA, WHEEL and RECORD`,
      REBUILD_HINT
    )
  }
  return dir
}
