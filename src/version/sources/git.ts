/**
 * The vLLM checkout as a version source: `git describe` names the tag HEAD descends from and
 * how far past it HEAD is. Git runs through the caller's port; this module decides which
 * questions to ask, what counts as a checkout, and when a problem is the user's error (a
 * `vllm-source` they named) rather than a merely absent source (the default directory).
 */
import { GateError } from '../../util/errors.js'
import { normalizeVersion } from '../pep440.js'
import type { SourceOutcome, VersionSource } from '../types.js'
import { unavailable } from './outcome.js'

const firstLine = (text: string): string => text.trim().split('\n')[0] ?? ''

const HINT =
  'Point vllm-source at a vLLM git checkout with its tags (actions/checkout with ' +
  'repository: vllm-project/vllm and fetch-depth: 0), or leave vllm-source unset.'

// Version tags only: `v0.6.3` or `0.6.3`, never a branch-like tag such as `nightly`.
const DESCRIBE = ['describe', '--tags', '--long', '--match', 'v[0-9]*', '--match', '[0-9]*']

const DESCRIBED = /^(?<tag>.+)-(?<count>[0-9]+)-g(?<hash>[0-9a-f]+)$/

/** `git describe --tags` in the vLLM checkout; `v0.6.3` means 0.6.3. */
export const gitSource: VersionSource = {
  name: 'git',
  async detect(options, ports): Promise<SourceOutcome> {
    const dir = options.sourceDir
    const problem = (message: string): SourceOutcome => {
      if (options.sourceDirExplicit) throw new GateError(options.gate ?? 'check', message, HINT)
      return unavailable(`${message} (the default vllm-source, so git is not asked)`)
    }
    if (!(await ports.isDirectory(dir))) return problem(`vllm-source '${dir}' does not exist`)

    const top = await ports.git(dir, ['rev-parse', '--show-prefix'])
    if (top === null) return problem(`git could not be started to read vllm-source '${dir}'`)
    if (top.exitCode !== 0) {
      return problem(`vllm-source '${dir}' is not a git repository: ${firstLine(top.stderr)}`)
    }
    // A plain directory inside another checkout would describe that checkout's tags.
    const prefix = top.stdout.trim()
    if (prefix !== '') {
      return problem(
        `vllm-source '${dir}' is not a git repository: it is the subdirectory '${prefix}' ` +
          'of another checkout'
      )
    }

    const described = await ports.git(dir, DESCRIBE)
    if (described === null || described.exitCode !== 0) {
      return unavailable(
        `no version tag reachable from HEAD in '${dir}' (${firstLine(described?.stderr ?? '')}); ` +
          'a shallow clone has none: fetch with fetch-depth: 0'
      )
    }
    const text = described.stdout.trim()
    const match = DESCRIBED.exec(text)
    if (!match?.groups?.tag || match.groups.count === undefined) {
      return unavailable(`could not read git describe output '${text}' in '${dir}'`)
    }
    const { tag, count, hash } = match.groups
    const commits = Number(count)
    const suffix = options.versionSuffix ?? ''
    const version = tag + suffix
    const shown = normalizeVersion(version) ?? version
    return {
      found: true,
      version,
      display:
        commits === 0
          ? shown
          : `${shown} + ${commits} commit${commits === 1 ? '' : 's'} (g${hash ?? ''})`,
      detail: `git describe in '${dir}': ${text}${suffix ? `, with version-suffix ${suffix}` : ''}`,
      commitsPastTag: commits
    }
  }
}
