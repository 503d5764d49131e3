/**
 * Reusing the wheel cache: a wheel cached under the plan's key stands for a build of the same
 * inputs, so it is restored, held to the same checks as a fresh build, and handed on instead.
 */
import { rm } from 'node:fs/promises'
import { GateError } from '../../util/errors.js'
import type { Logger } from '../../util/logger.js'
import type { WheelInspection } from '../../wheel/types.js'
import { wheelsIn } from './files.js'
import type { BuildPorts } from './gate.js'
import type { BuildPlan } from './plan.js'
import { checkWheel } from './wheel.js'

/**
 * Restores the cached wheel of the plan, checks it and uploads it as the artifact; null (after
 * a warning when there was an unusable entry) when the wheel must be built.
 */
export async function reuseCachedWheel(
  p: BuildPlan,
  ports: Pick<BuildPorts, 'cache' | 'artifacts' | 'inspect'>,
  logger: Logger
): Promise<{ wheel: string; inspection: WheelInspection } | null> {
  await rm(p.wheelDir, { recursive: true, force: true })
  const hit = await ports.cache.restore([p.wheelDir], [p.cacheKey])
  const restored = hit ? await wheelsIn(p.wheelDir) : []
  if (hit && restored.length === 1) {
    const wheel = restored[0] as string
    try {
      const inspection = await checkWheel(wheel, p, ports.inspect)
      await ports.artifacts.upload(p.artifactName, [wheel])
      return { wheel, inspection }
    } catch (error) {
      if (!(error instanceof GateError)) throw error
      logger.warning(`The cached wheel failed its check, building again: ${error.message}`)
    }
  } else if (hit) {
    logger.warning(`Cache entry ${hit} held ${restored.length} wheels, not one; building again.`)
  }
  return null
}
