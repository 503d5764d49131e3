/**
 * Where people find what a run published: the project page of the version on PyPI or TestPyPI,
 * the simple index page of the project on any other index, the release page, the workflow run.
 */
import type { RunEnvironment } from '../environment.js'
import { resolveTarget } from '../pypi/targets.js'

/** The page of `name` `version` on the index `repository` publishes to; null when unknown. */
export function indexPage(
  repository: string,
  indexUrl: string | null,
  name: string,
  version: string
): string | null {
  let target: ReturnType<typeof resolveTarget>
  try {
    target = resolveTarget(repository, indexUrl)
  } catch {
    return null
  }
  const project = encodeURIComponent(name)
  if (target.kind === 'pypi' || target.kind === 'testpypi') {
    return `${target.oidcOrigin}/project/${project}/${encodeURIComponent(version)}/`
  }
  if (target.kind === 'url') return `${target.simpleUrl}${project}/`
  // A file:// index has no page to open in a browser; the directory is what there is.
  return repository
}

/** The workflow run's page in Actions; null outside Actions. */
export function runPage(env: RunEnvironment): string | null {
  if (!env.inActions || env.runId === null || !env.repository) return null
  return `${env.serverUrl.replace(/\/+$/, '')}/${env.repository}/actions/runs/${env.runId}`
}
