/**
 * The release gate attaches each wheel's `.publish.attestation` next to the wheel when the
 * publish gate left one, attaches nothing more when it did not, and writes nothing in a dry run.
 */
import fs from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { attestationPath } from '../../../src/attest/file.js'
import { releaseGate, type ReleaseOptions } from '../../../src/gates/release/gate.js'
import { DecisionLog } from '../../../src/report/decisions.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import { FakeReleaseClient, makeWheel, tempDir } from '../../github/fixtures.js'

const options: ReleaseOptions = {
  token: 'write-token',
  apiUrl: 'https://api.github.com',
  repository: 'octo-org/vllm-cpu',
  commit: '0123456789abcdef0123456789abcdef01234567',
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
  mode: 'attach'
}

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ dir, cleanup } = await tempDir())
})
afterAll(async () => {
  await cleanup()
})

describe('release attaches publish attestations', () => {
  it('attaches the attestation beside its wheel, and only where there is one', async () => {
    const attested = await makeWheel(dir, 'vllm_cpu-0.6.3-cp312-cp312-manylinux_2_28_x86_64.whl')
    const plain = await makeWheel(dir, 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl')
    await fs.writeFile(attestationPath(attested.path), '{"version":1}\n')
    const client = new FakeReleaseClient()
    const log = new DecisionLog()
    await releaseGate(options, [attested, plain], client, log, new MemoryLogger())
    const names = log.entries().map(e => `${e.target} ${e.decision}`)
    expect(names).toContain(`${attested.filename.filename}.publish.attestation updated`)
    expect(names.some(n => n.startsWith(`${plain.filename.filename}.publish`))).toBe(false)
    const uploads = client.calls.filter(call => call.includes('.publish.attestation'))
    expect(uploads).toHaveLength(1)

    // A second run finds it attached with the same content.
    const again = new DecisionLog()
    await releaseGate(options, [attested, plain], client, again, new MemoryLogger())
    expect(again.entries().map(e => `${e.target} ${e.decision}`)).toContain(
      `${attested.filename.filename}.publish.attestation unchanged`
    )
  })

  it('writes nothing in a dry run', async () => {
    const wheel = await makeWheel(dir, 'vllm_cpu-0.6.4-cp312-cp312-manylinux_2_28_x86_64.whl')
    await fs.writeFile(attestationPath(wheel.path), '{"version":1}\n')
    const client = new FakeReleaseClient()
    client.seed('v0.6.4-vllm-cpu', false)
    const log = new DecisionLog()
    await releaseGate({ ...options, dryRun: true }, [wheel], client, log, new MemoryLogger())
    expect(log.entries().map(e => `${e.target} ${e.decision}`)).toContain(
      `${wheel.filename.filename}.publish.attestation dry-run`
    )
    expect(client.writes()).toEqual([])
  })
})
