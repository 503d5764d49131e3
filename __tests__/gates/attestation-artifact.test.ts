/**
 * A wheel's publish attestation travels between jobs with the wheel artifact: the publish gate
 * uploads it as a small artifact of its own, and the next job's download of the wheel
 * artifact brings it back next to the wheel (local artifact store, as outside Actions).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { attestationPath } from '../../src/attest/file.js'
import { keepAttestations } from '../../src/gates/attestation-artifact.js'
import { resolveWheels } from '../../src/gates/wheels.js'
import { parseSettings } from '../../src/settings.js'
import { localArtifactStore } from '../../src/store/local.js'
import { testContext } from '../helpers/context.js'
import { buildWheel } from '../helpers/wheels.js'

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'attest-artifact-'))
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('the attestation artifact', () => {
  it('brings the attestation back next to the wheel in the next job', async () => {
    const built = await buildWheel(await fs.mkdtemp(path.join(dir, 'b-')), {
      name: 'vllm_cpu',
      version: '0.6.3',
      tags: 'py3-none-any'
    })
    const name = 'wheel-vllm-cpu-0.6.3-py3-x86_64'
    await localArtifactStore(path.join(dir, 'work', 'artifacts')).upload(name, [built])
    const values: Record<string, string> = {
      gate: 'publish',
      'wheel-artifact': name,
      'work-dir': 'work'
    }
    const settings = parseSettings(input => values[input] ?? '')
    const context = testContext(dir)

    // Before any publish there is no attestation artifact: the wheel comes alone.
    const [first] = await resolveWheels(settings, context, 'publish')
    await expect(fs.access(attestationPath(first!))).rejects.toThrow()

    // The publish job made one and keeps it.
    await fs.writeFile(attestationPath(first!), '{"version":1}\n')
    await keepAttestations(settings, context, [first!])

    // The next job starts from nothing but the artifacts.
    await fs.rm(path.join(dir, 'work', 'downloads'), { recursive: true, force: true })
    const [again] = await resolveWheels(settings, testContext(dir), 'release')
    expect(await fs.readFile(attestationPath(again!), 'utf8')).toBe('{"version":1}\n')
  })
})
