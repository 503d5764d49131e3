/**
 * Finding the wheel(s) a gate acts on: a path or glob relative to the working directory, or
 * an artifact (`wheel-artifact`) downloaded first. No match is an error that says where we
 * looked, since every later gate needs a wheel.
 */
import path from 'node:path'
import type { Gate } from './names.js'
import type { Settings } from '../settings.js'
import { ArtifactNotFoundError } from '../store/ports.js'
import { GateError, SettingError } from '../util/errors.js'
import { globFiles } from '../util/fs.js'
import type { GateContext } from './context.js'
import { nameInput, type Audience } from './hints.js'
import { workDirOf } from './options.js'
import { fetchAttestations } from './attestation-artifact.js'

/**
 * No wheel where the inputs point: the glob matches nothing, or the artifact does not exist.
 * The release gate then may take the wheel from the production index (release-only).
 */
export class NoWheelError extends GateError {}

/** Resolves a path or glob to sorted absolute paths of existing `.whl` files. */
export async function resolveWheelPaths(
  pattern: string,
  cwd: string,
  gate: Gate,
  audience: Audience = 'actions'
): Promise<string[]> {
  const matches = await globFiles(pattern, cwd)
  if (matches.length === 0) {
    throw new NoWheelError(
      gate,
      `No wheel matches '${pattern}' (looked in ${cwd}).`,
      audience === 'actions'
        ? 'Build the wheel first (gate: build), or point the `wheel` input at an existing .whl file.'
        : "Build the wheel first (vllm-cpu-publish build), or point --wheel at an existing .whl file; quote a glob ('dist/*.whl') so the shell does not expand it."
    )
  }
  const notWheels = matches.filter(match => !match.endsWith('.whl'))
  if (notWheels.length > 0) {
    throw new GateError(
      gate,
      `'${pattern}' matches files that are not wheels: ${notWheels.map(f => path.basename(f)).join(', ')}.`,
      `Narrow ${nameInput(audience, 'wheel')} to the .whl files, e.g. 'dist/*.whl'.`
    )
  }
  return matches
}

/** Splits `wheel-artifact`: `NAME`, or `RUN_ID/NAME` for an artifact of another run. */
export function parseArtifactReference(reference: string): { name: string; runId?: number } {
  const slash = reference.indexOf('/')
  if (slash === -1) return { name: reference }
  const run = reference.slice(0, slash)
  if (!/^\d+$/.test(run)) {
    throw new SettingError(
      'settings',
      `Invalid wheel-artifact '${reference}'. Expected NAME, or RUN_ID/NAME for another run's artifact.`
    )
  }
  return { name: reference.slice(slash + 1), runId: Number(run) }
}

/** The wheels a gate acts on: from `wheel-artifact` when set, else from the `wheel` glob. */
export async function resolveWheels(
  settings: Settings,
  context: GateContext,
  gate: Gate
): Promise<string[]> {
  if (!settings.wheelArtifact) {
    return resolveWheelPaths(settings.wheel, context.cwd, gate, context.audience)
  }
  const workDir = workDirOf(settings, context.cwd)
  const { name, runId } = parseArtifactReference(settings.wheelArtifact)
  const stores = await context.stores(workDir)
  const into = path.join(workDir, 'downloads', name)
  context.logger.info(`Downloading artifact '${name}'${runId ? ` of run ${runId}` : ''}`)
  try {
    await stores.artifacts.download(name, into, runId ? { runId } : undefined)
  } catch (error) {
    throw new (error instanceof ArtifactNotFoundError ? NoWheelError : GateError)(
      gate,
      `Could not download artifact '${settings.wheelArtifact}': ${error instanceof Error ? error.message : String(error)}`,
      'Check the name the build job printed as artifact-name; an artifact of another run needs RUN_ID/NAME and a github-token with actions: read.'
    )
  }
  await fetchAttestations(stores, name, into, runId, context)
  return resolveWheelPaths('*.whl', into, gate, context.audience)
}
