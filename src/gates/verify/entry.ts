/**
 * `gate: verify`, the registry's entry: the wheel(s) on disk are read for their name, version
 * and sha256, and the one matching the verify interpreter is installed from the index and
 * tested, with the context's processes, index listings and clock.
 */
import type { Settings } from '../../settings.js'
import {
  findVariant,
  loadVariants,
  variantForDistribution,
  type Variant
} from '../../build/variants.js'
import { GateError } from '../../util/errors.js'
import { inspectWheel } from '../../wheelfile/inspect.js'
import type { WheelInspection } from '../../wheel/types.js'
import type { GateContext } from '../context.js'
import { nameInput } from '../hints.js'
import { verifyOptions, type IndexRole } from '../options.js'
import { preflight } from '../preflight/index.js'
import { verifyGate, type VerifyResult } from './gate.js'

/** The interpreter's wheel tags that matter for picking a wheel: cpXY and pyX/pyXY. */
async function interpreterTags(settings: Settings, context: GateContext): Promise<string[]> {
  const result = await context.runProcess(settings.python, [
    '-c',
    'import sys; v = sys.version_info; print(f"cp{v[0]}{v[1]} py{v[0]}{v[1]} py{v[0]}")'
  ])
  if (result.exitCode !== 0) {
    throw new GateError(
      'verify',
      `Could not run python '${settings.python}': ${result.stderr.trim() || `exit code ${result.exitCode}`}`,
      `Set ${nameInput(context.audience, 'python')} to an interpreter the wheel supports (e.g. python3.11).`
    )
  }
  return result.stdout.trim().split(/\s+/)
}

/** Of several wheels of one release, the one(s) the verify interpreter can install. */
export async function pickInstallable(
  wheels: readonly WheelInspection[],
  settings: Settings,
  context: GateContext
): Promise<WheelInspection[]> {
  if (wheels.length <= 1) return [...wheels]
  const tags = new Set(await interpreterTags(settings, context))
  const fitting = wheels.filter(w => w.filename.pythonTags.some(tag => tags.has(tag)))
  if (fitting.length === 0) {
    throw new GateError(
      'verify',
      `None of the wheels (${wheels.map(w => w.filename.filename).join(', ')}) is for python '${settings.python}' (${[...tags].join(', ')}).`,
      `Set ${nameInput(context.audience, 'python')} to the interpreter the wheel was built for.`
    )
  }
  return fitting
}

/**
 * The variant a wheel was built as, for the ISA preflight: the variant input when given, else
 * the table's row whose distribution is the wheel's name; null when neither knows it.
 */
export async function variantOfWheel(
  settings: Settings,
  context: GateContext,
  wheel: WheelInspection
): Promise<Variant | null> {
  let table: Variant[]
  try {
    table = await loadVariants(settings.variants, context.cwd)
    if (settings.variantGiven) return findVariant(table, settings.variant)
  } catch (error) {
    if (error instanceof GateError) throw new GateError('verify', error.message, error.hint)
    throw error
  }
  return variantForDistribution(table, wheel.filename.name)
}

/** Verifies checked wheels from the production or test index; returns one result per wheel. */
export async function verifyChecked(
  settings: Settings,
  context: GateContext,
  wheels: readonly WheelInspection[],
  role: IndexRole
): Promise<{ wheel: WheelInspection; result: VerifyResult; indexUrl: string }[]> {
  const results = []
  for (const wheel of await pickInstallable(wheels, settings, context)) {
    const options = {
      ...verifyOptions(
        settings,
        {
          packageName: wheel.filename.normalizedName,
          version: wheel.filename.version,
          filename: wheel.filename.filename,
          sha256: wheel.sha256
        },
        role,
        context.env
      ),
      variant: await variantOfWheel(settings, context, wheel)
    }
    const result = await verifyGate(
      options,
      {
        run: context.runProcess,
        lister: source => context.indexes.lister(source),
        sleep: ms => context.clock.sleep(ms),
        now: () => context.clock.now(),
        findExecutable: context.findExecutable
      },
      context.log,
      context.logger
    )
    results.push({ wheel, result, indexUrl: options.testIndexUrl })
  }
  return results
}

/** The verify gate as the registry runs it: `repository`/`index-url` name the index to install from. */
export async function runVerifyGate(settings: Settings, context: GateContext): Promise<void> {
  const ready = await preflight(settings, context)
  const wheels = []
  for (const wheelPath of ready.wheels) {
    wheels.push(await inspectWheel(wheelPath, { maxFileSize: Number.MAX_SAFE_INTEGER }))
  }
  await verifyChecked(settings, context, wheels, 'production')
}
