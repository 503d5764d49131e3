/**
 * The renamed-distribution changes to a vLLM checkout (see `lookups.ts` for what and why):
 * planned before the build by reading every Python file of the `vllm` package, applied to the
 * checkout just before the build command runs, and undone right after it, so the checkout is
 * left as it was found. An unrecognised lookup or a missing anchor fails the plan, naming file,
 * line and what was expected.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { GateError } from '../util/errors.js'
import {
  applyChanges,
  checkAnchor,
  findLookups,
  PLATFORM_ANCHOR,
  type LookupChange
} from './lookups.js'

/** The changes one build makes to the checkout. */
export interface RenamePlan {
  /** The distribution name the lookups are changed to. */
  readonly distribution: string
  readonly changes: readonly LookupChange[]
}

async function pythonFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true }).catch(() => [])
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(current, entry.name)
      if (entry.isDirectory() && entry.name !== '__pycache__') await walk(full)
      else if (entry.isFile() && entry.name.endsWith('.py')) found.push(full)
    }
  }
  await walk(dir)
  return found
}

/**
 * Finds every lookup of the `vllm` distribution in `sourceDir/vllm` and plans its change to
 * `distribution`; throws GateError listing every unrecognised lookup and missing anchor.
 */
export async function planRename(sourceDir: string, distribution: string): Promise<RenamePlan> {
  const changes: LookupChange[] = []
  const problems: string[] = []
  const texts = new Map<string, string>()
  for (const full of await pythonFiles(path.join(sourceDir, 'vllm'))) {
    const file = path.relative(sourceDir, full).split(path.sep).join('/')
    const text = await readFile(full, 'utf8')
    texts.set(file, text)
    const found = findLookups(file, text, distribution)
    changes.push(...found.changes)
    for (const u of found.unknown) {
      problems.push(
        `${u.file}:${u.line}: \`${u.code}\` asks for the distribution named vllm in a way the ` +
          'build gate does not recognise; expected importlib.metadata.version, metadata or ' +
          'distribution("vllm"), or those names imported from importlib.metadata.'
      )
    }
  }
  const anchor = checkAnchor(PLATFORM_ANCHOR, texts.get(PLATFORM_ANCHOR.file) ?? null, changes)
  if (anchor) problems.push(anchor)
  if (problems.length > 0) {
    throw new GateError(
      'build',
      `vllm-source asks for its own distribution in ways the build gate cannot carry over to ` +
        `'${distribution}', so the wheel would install but vLLM would not run:\n` +
        problems.map(p => `- ${p}`).join('\n'),
      'A vLLM release changed this code: the lookups need a change this action does not know ' +
        'yet (open an issue with the vLLM version). If an interrupted build left the checkout ' +
        'changed, `git checkout -- vllm` restores it.'
    )
  }
  return { distribution, changes }
}

/** One line per change, for the log and the summary: `file:line: code -> replacement`. */
export function describeChange(change: LookupChange): string {
  return `${change.file}:${change.line}: ${change.code} -> ${change.replacement}`
}

/**
 * Applies the plan to the checkout; returns the function that puts every changed file back as
 * it was (call it in a `finally`).
 */
export async function applyRename(
  sourceDir: string,
  plan: RenamePlan
): Promise<() => Promise<void>> {
  const byFile = new Map<string, LookupChange[]>()
  for (const change of plan.changes) {
    byFile.set(change.file, [...(byFile.get(change.file) ?? []), change])
  }
  const originals: [string, string][] = []
  const restore = async (): Promise<void> => {
    for (const [full, text] of originals.reverse()) await writeFile(full, text)
  }
  try {
    for (const [file, changes] of byFile) {
      const full = path.join(sourceDir, ...file.split('/'))
      const text = await readFile(full, 'utf8')
      let changed: string
      try {
        changed = applyChanges(text, changes)
      } catch (error) {
        throw new GateError(
          'build',
          `vllm-source changed between planning and building: ${(error as Error).message}.`,
          'Nothing else may write to vllm-source while the build gate runs.'
        )
      }
      originals.push([full, text])
      await writeFile(full, changed)
    }
  } catch (error) {
    await restore()
    throw error
  }
  return restore
}
