/**
 * The preflight's look at the world, all of it reads: the vLLM checkout exists, the Python
 * interpreter is there, the build can be planned (interpreter probed, checkout read, version
 * decided), and the wheels the run takes exist (or their artifact can be fetched). Failures
 * are GateErrors of kind `world` (exit 1): something is missing, not mistyped.
 */
import path from 'node:path'
import type { Settings } from '../../settings.js'
import { GateError } from '../../util/errors.js'
import { isDirectory } from '../../util/fs.js'
import { autoSuffixChooser } from '../build/suffix.js'
import { planBuild, type BuildPlan } from '../build/plan.js'
import type { GateContext } from '../context.js'
import { nameInput } from '../hints.js'
import { buildOptions } from '../options.js'
import { resolveWheels } from '../wheels.js'

/** A vllm-source that was given exists (the default may be absent: then git is not asked). */
export async function checkSourceTree(settings: Settings, context: GateContext): Promise<void> {
  if (!settings.vllmSourceGiven) return
  const dir = path.resolve(context.cwd, settings.vllmSource)
  if (await isDirectory(dir)) return
  throw new GateError(
    settings.gate,
    `vllm-source '${settings.vllmSource}' is not a directory (looked for ${dir}).`,
    `Check out vLLM there, or point ${nameInput(context.audience, 'vllm-source')} at the checkout.`
  )
}

/** The interpreter verify makes its environment from can be found. */
export async function checkPython(settings: Settings, context: GateContext): Promise<string> {
  const found = await context.findExecutable(settings.python, context.env.path)
  if (found) return found
  const where = settings.python.includes('/') ? '' : ' on PATH'
  throw new GateError(
    settings.gate,
    `The python '${settings.python}' was not found${where}.`,
    `Set ${nameInput(context.audience, 'python')} to an installed interpreter the wheel supports (e.g. python3.12)` +
      (context.audience === 'actions' ? ', after actions/setup-python.' : '.')
  )
}

/** The build, decided: the variant's row, the interpreter, the checkout, the version. */
export async function planTheBuild(settings: Settings, context: GateContext): Promise<BuildPlan> {
  return planBuild(
    buildOptions(settings, context.cwd),
    context.runProcess,
    context.logger,
    autoSuffixChooser(settings, context)
  )
}

/** The wheels the run takes as built: the wheel input's matches, or the artifact's wheels. */
export async function findWheels(settings: Settings, context: GateContext): Promise<string[]> {
  return resolveWheels(settings, context, settings.gate)
}
