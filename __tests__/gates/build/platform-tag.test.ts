/**
 * The build gate's platform tag comes from the wheel's compiled objects: the stand-in vLLM tree
 * is built for real, and a real shared object (compiled here by the system compiler) is added
 * to the wheel the way vLLM's CMake build adds `_C.abi3.so`; the gate tags the wheel with the
 * oldest manylinux tag that object allows, not the build host's glibc, and refuses a
 * platform-tag that promises less.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildGate, type BuildOptions, type BuildPorts } from '../../../src/gates/build/gate.js'
import { DecisionLog } from '../../../src/report/decisions.js'
import { localArtifactStore, localCacheStore } from '../../../src/store/local.js'
import { GateError } from '../../../src/util/errors.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import { inspectWheel } from '../../../src/wheelfile/inspect.js'
import { compileSharedObject, NEEDS_GLIBC_2_34 } from '../../helpers/elf.js'
import { runProcess } from '../../helpers/process.js'
import { testPython } from '../../helpers/python.js'
import { createVllmReplica, type VllmReplica } from '../../helpers/vllm-replica.js'

/** Builds the tree with `python -m build`, then adds the compiled object and its RECORD row. */
const BUILD_WITH_OBJECT = `
import base64, csv, hashlib, io, os, subprocess, sys, zipfile
outdir, shared_object = sys.argv[1], sys.argv[2]
subprocess.run([sys.executable, '-m', 'build', '--wheel', '--no-isolation', '--outdir', outdir], check=True)
[name] = [n for n in os.listdir(outdir) if n.endswith('.whl')]
path = os.path.join(outdir, name)
data = open(shared_object, 'rb').read()
with zipfile.ZipFile(path) as old:
    items = [(i, old.read(i.filename)) for i in old.infolist()]
record_name = next(i.filename for i, _ in items if i.filename.endswith('.dist-info/RECORD'))
rows = [r for r in csv.reader(io.StringIO(dict((i.filename, d) for i, d in items)[record_name].decode()))]
digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()
rows.insert(0, ['vllm/_C.abi3.so', 'sha256=' + digest, str(len(data))])
out = io.StringIO()
csv.writer(out, lineterminator='\\n').writerows(rows)
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as new:
    new.writestr('vllm/_C.abi3.so', data)
    for info, content in items:
        new.writestr(info, out.getvalue() if info.filename == record_name else content)
`

describe('the build gate chooses the platform tag from the objects', () => {
  let source: VllmReplica
  let work: string
  let ports: BuildPorts

  beforeAll(async () => {
    source = await createVllmReplica()
    work = await mkdtemp(path.join(os.tmpdir(), 'build-tag-'))
    await writeFile(path.join(work, 'build_with_object.py'), BUILD_WITH_OBJECT)
    await compileSharedObject(work, '_C.so', NEEDS_GLIBC_2_34)
    ports = {
      run: runProcess,
      cache: localCacheStore(path.join(work, 'cache')),
      artifacts: localArtifactStore(path.join(work, 'artifacts')),
      inspect: wheel => inspectWheel(wheel, { maxFileSize: 100 * 1024 * 1024 })
    }
  }, 60000)
  afterAll(async () => {
    await source.cleanup()
    await rm(work, { recursive: true, force: true })
  })

  const options = (overrides: Partial<BuildOptions> = {}): BuildOptions => ({
    variant: 'vllm-cpu',
    variants: '',
    packageName: '',
    vllmSource: source.dir,
    vllmSourceGiven: true,
    version: '',
    versionSuffix: '',
    python: testPython(),
    buildCommand: `{python} ${path.join(work, 'build_with_object.py')} {outdir} ${path.join(work, '_C.so')}`,
    platformTag: '',
    workDir: path.join(work, 'state'),
    maxFileSize: 100 * 1024 * 1024,
    dryRun: true,
    cwd: work,
    ...overrides
  })

  it('gives the wheel the oldest manylinux tag its objects allow', async () => {
    const log = new DecisionLog()
    const logger = new MemoryLogger()
    const result = await buildGate(options({ dryRun: false }), ports, log, logger)
    expect(path.basename(result.wheel ?? '')).toMatch(/-manylinux_2_34_x86_64\.whl$/)
    expect(logger.text()).toContain('its objects need glibc 2.34 (vllm/_C.abi3.so: GLIBC_2.34)')
    const inspection = await inspectWheel(result.wheel as string, { maxFileSize: 1e9 })
    expect(inspection.problems).toEqual([])
  }, 120000)

  it('refuses a platform-tag that promises an older glibc than the objects need', async () => {
    const error = await buildGate(
      options({ dryRun: false, platformTag: 'manylinux_2_28_x86_64', versionSuffix: '.post1' }),
      ports,
      new DecisionLog(),
      new MemoryLogger()
    ).then(
      () => null,
      (e: unknown) => e as GateError
    )
    expect(error).toBeInstanceOf(GateError)
    expect(error?.message).toContain(
      "platform-tag 'manylinux_2_28_x86_64' promises glibc 2.28, but vllm/_C.abi3.so needs GLIBC_2.34"
    )
  }, 120000)
})
