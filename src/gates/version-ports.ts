/**
 * The real ports of version detection (src/version/ computes on what they answer): git
 * through src/util/git.ts, the installed probe through src/python/version-probe.ts, and
 * directories through node:fs.
 */
import { probeInstalledVersion } from '../python/version-probe.js'
import { isDirectory } from '../util/fs.js'
import { runGit } from '../util/git.js'
import type { ProcessRunner } from '../util/process.js'
import type { DetectPorts } from '../version/types.js'

/** Detection's ports over a process runner (the gate context's), directories from node:fs. */
export function detectPorts(run: ProcessRunner): DetectPorts {
  return {
    isDirectory,
    git: (dir, args) => runGit(run, dir, args),
    installedVersion: (python, distribution) => probeInstalledVersion(run, python, distribution)
  }
}
