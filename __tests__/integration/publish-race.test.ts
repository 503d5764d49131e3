/**
 * Two publish gates racing for one file. Both ask the index before either uploads (a barrier
 * holds their first look until both have asked), both upload, the index stores one and
 * refuses the other. The outputs must say exactly that: one run uploaded=true and `uploaded`,
 * the other uploaded=false and `skipped-identical` with the reason. Against the real static
 * index (file://) in process, and against a real pypiserver through the bundles: two action
 * runs, and an action run against a command-line run.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { publishGate, type PublishPorts } from '../../src/gates/publish/gate.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { outputOf, runAction, runCli, type BundleRun } from '../helpers/bundles.js'
import { realPublishPorts } from '../helpers/publish-ports.js'
import { startPypiServer, type PypiServer } from '../helpers/pypiserver.js'
import { buildWheel } from '../helpers/wheels.js'

let root = ''
let pypi: PypiServer

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'publish-race-'))
  pypi = await startPypiServer()
})
afterAll(async () => {
  await pypi?.stop()
  rmSync(root, { recursive: true, force: true })
})

/** Resolves when `parties` callers have arrived; each call waits for that moment. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0
  let open!: () => void
  const opened = new Promise<void>(resolve => (open = resolve))
  return async () => {
    arrived += 1
    if (arrived === parties) open()
    await opened
  }
}

/**
 * A forwarding proxy in front of `upstream` that holds the first `parties` reads of a simple
 * project page until all of them arrived, so every racer sees the file absent before any
 * uploads it. Everything else (uploads, the rechecks after them) passes straight through.
 */
async function startBarrierProxy(upstream: string, parties: number) {
  const held: (() => void)[] = []
  let released = false
  const server = http.createServer((request, response) => {
    const forward = (): void => {
      const target = new URL(request.url ?? '/', upstream)
      const out = http.request(
        target,
        { method: request.method, headers: { ...request.headers, host: target.host } },
        answer => {
          response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers)
          answer.pipe(response)
        }
      )
      out.on('error', error => {
        response.writeHead(502)
        response.end(String(error))
      })
      if (request.method === 'GET') out.end()
      else request.pipe(out)
    }
    if (
      !released &&
      request.method === 'GET' &&
      /^\/simple\/vllm-cpu\/?$/.test(request.url ?? '')
    ) {
      held.push(forward)
      if (held.length === parties) {
        released = true
        held.splice(0).forEach(go => go())
      }
      return
    }
    forward()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  return {
    url,
    stop: () => new Promise(resolve => server.close(resolve))
  }
}

/** What two racers ended with, sorted so that the order they finished in does not matter. */
function outcomes(runs: { decision?: string; uploaded?: string; reason?: string }[]) {
  return [...runs].sort((a, b) => String(a.uploaded).localeCompare(String(b.uploaded)))
}

describe('two publish gates racing for one file', () => {
  it('against a file:// index: one uploaded, the other skipped-identical and uploaded=false', async () => {
    const dir = mkdtempSync(path.join(root, 'static-'))
    const wheel = await inspectWheel(
      await buildWheel(dir, {
        name: 'vllm_cpu',
        version: '0.6.1',
        tags: 'cp311-cp311-manylinux_2_28_x86_64'
      }),
      { maxFileSize: Number.MAX_SAFE_INTEGER }
    )
    const index = `file://${path.join(dir, 'index')}`
    const bothLooked = barrier(2)
    const racer = async () => {
      const real = realPublishPorts(new MemoryLogger())
      const ports: PublishPorts = {
        ...real,
        // The first look of each gate waits for the other's: both decide "absent".
        listFiles: async (target, project, version) => {
          const files = await real.listFiles(target, project, version)
          await bothLooked()
          return files
        }
      }
      const log = new DecisionLog()
      await publishGate(
        { repository: index, indexUrl: null, token: null, dryRun: false },
        [wheel],
        ports,
        log,
        new MemoryLogger()
      )
      return {
        decision: log.outputs().get('decision'),
        uploaded: log.outputs().get('uploaded'),
        reason: log.entries()[0]?.reason
      }
    }
    const results = await Promise.all([racer(), racer()])
    expect(outcomes(results)).toEqual([
      {
        decision: 'skipped-identical',
        uploaded: 'false',
        reason: expect.stringMatching(/^another upload stored this exact file on file:\/\/.* first/)
      },
      { decision: 'uploaded', uploaded: 'true', reason: expect.stringMatching(/^uploaded to /) }
    ])
    expect(
      readdirSync(path.join(dir, 'index', 'vllm-cpu')).filter(f => f.endsWith('.whl'))
    ).toEqual([wheel.filename.filename])
  })

  describe('through the bundles, against pypiserver', () => {
    type Racer = (workspace: string, wheel: string, proxy: string) => Promise<BundleRun>

    const action: Racer = (workspace, wheel, proxy) =>
      runAction(workspace, {
        gate: 'publish',
        wheel,
        repository: proxy,
        'index-url': `${proxy}simple/`,
        token: pypi.token!
      })
    const commandLine: Racer = (workspace, wheel, proxy) =>
      runCli(
        workspace,
        ['publish', '--wheel', wheel, '--repository', proxy, '--index-url', `${proxy}simple/`],
        { PYPI_TOKEN: pypi.token!, NO_COLOR: '1' }
      )

    async function race(version: string, racers: Racer[]): Promise<void> {
      const dir = mkdtempSync(path.join(root, 'bundles-'))
      const wheel = await buildWheel(dir, {
        name: 'vllm_cpu',
        version,
        tags: 'cp311-cp311-manylinux_2_28_x86_64'
      })
      const name = path.basename(wheel)
      const proxy = await startBarrierProxy(pypi.url, racers.length)
      try {
        const runs = await Promise.all(
          racers.map((racer, i) => {
            const workspace = mkdtempSync(path.join(dir, `racer-${i}-`))
            copyFileSync(wheel, path.join(workspace, name))
            return racer(workspace, name, proxy.url)
          })
        )
        for (const run of runs)
          expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 0 })
        const results = runs.map(run => ({
          decision: outputOf(run, 'decision'),
          uploaded: outputOf(run, 'uploaded')
        }))
        expect(outcomes(results)).toEqual([
          { decision: 'skipped-identical', uploaded: 'false' },
          { decision: 'uploaded', uploaded: 'true' }
        ])
        const loser = runs.find(run => outputOf(run, 'uploaded') === 'false')!
        expect((loser.summary + loser.stdout).replace(/\s+/g, ' ')).toMatch(
          /another upload stored this exact file on \S+ first/
        )
        expect(readdirSync(pypi.packages).filter(f => f.includes(`-${version}-`))).toEqual([name])
      } finally {
        await proxy.stop()
      }
    }

    it('two action runs', () => race('0.6.2', [action, action]), 60_000)

    it('an action run and a command-line run', () => race('0.6.4', [action, commandLine]), 60_000)
  })
})
