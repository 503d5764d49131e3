/**
 * Stand-ins for the steps of the reusable workflow that are not this action and cannot run
 * here as written, each doing on this machine what the real one does for the later steps:
 * - actions/checkout: `git init`, a fetch from a local repository that stands for the GitHub
 *   one (all branches and tags with `fetch-depth: 0`, else that depth), a detached checkout of
 *   `ref`, into `path` under the workspace;
 * - actions/setup-python: the test venv's interpreter put in front of PATH (as setup-python's
 *   GITHUB_PATH entry does), after checking that it is the `python-version` asked for;
 * - the step that installs vLLM's CPU build requirements with apt and pip (it needs root and
 *   PyTorch's index): the runner's Python must already build wheels (`python -m build`), which
 *   is all the stand-in vLLM needs.
 */
import { execFile } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { StepEmulation } from './runner.js'

const run = promisify(execFile)

/** actions/checkout from local repositories (`owner/name` -> directory). */
export function checkout(repositories: Readonly<Record<string, string>>): StepEmulation {
  return async step => {
    const repository = step.with.repository || step.env.GITHUB_REPOSITORY || ''
    const source = repositories[repository]
    if (!source) throw new Error(`checkout: no local stand-in for ${repository}`)
    const target = path.join(step.workspace, step.with.path ?? '')
    const ref = step.with.ref || step.env.GITHUB_SHA || 'HEAD'
    const depth = Number(step.with['fetch-depth'] ?? '1')
    const git = (...args: string[]) => run('git', ['-C', target, ...args], { env: step.env })
    await mkdir(target, { recursive: true })
    await git('init', '-q')
    await git('remote', 'add', 'origin', source)
    if (depth === 0) {
      await git(
        'fetch',
        '-q',
        '--no-tags',
        'origin',
        '+refs/heads/*:refs/remotes/origin/*',
        '+refs/tags/*:refs/tags/*'
      )
    } else {
      await git('fetch', '-q', `--depth=${depth}`, 'origin', ref)
    }
    await git('checkout', '-q', '--detach', depth === 0 ? ref : 'FETCH_HEAD')
    const { stdout } = await git('rev-parse', 'HEAD')
    return { ref, commit: stdout.trim() }
  }
}

/** actions/setup-python with the one interpreter this machine offers for the tests. */
export function setupPython(python: string): StepEmulation {
  return async step => {
    const { stdout } = await run(python, [
      '-c',
      'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'
    ])
    const version = stdout.trim()
    const wanted = step.with['python-version'] ?? ''
    if (wanted !== '' && wanted !== version) {
      throw new Error(`setup-python: asked for ${wanted}, this machine's test Python is ${version}`)
    }
    step.pathEntries.unshift(path.dirname(python))
    return { 'python-version': version, 'python-path': python }
  }
}

/** The build requirements step: checks that the runner's Python can build a wheel. */
export const buildRequirements: StepEmulation = async step => {
  await run('python', ['-m', 'build', '--version'], { env: step.env })
  return {}
}
