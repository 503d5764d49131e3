/** runGit against a real git: the directory it is given, whatever GIT_DIR says, and no git. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runGit } from '../../src/util/git.js'
import { runProcess } from '../helpers/process.js'

describe('runGit', () => {
  let root: string
  let repo: string
  let other: string
  const savedGitDir = process.env.GIT_DIR

  const init = (dir: string) => execFileSync('git', ['init', '-q', dir])

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'run-git-'))
    repo = path.join(root, 'repo')
    other = path.join(root, 'other')
    await mkdir(path.join(repo, 'sub'), { recursive: true })
    init(repo)
    init(other)
  })

  afterEach(() => {
    if (savedGitDir === undefined) delete process.env.GIT_DIR
    else process.env.GIT_DIR = savedGitDir
  })

  afterAll(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('runs in the directory it is given', async () => {
    const result = await runGit(runProcess, path.join(repo, 'sub'), ['rev-parse', '--show-prefix'])
    expect(result).toEqual({ exitCode: 0, stdout: 'sub/\n', stderr: '' })
  })

  it('ignores an inherited GIT_DIR that points at another repository', async () => {
    process.env.GIT_DIR = path.join(other, '.git')
    const result = await runGit(runProcess, repo, ['rev-parse', '--absolute-git-dir'])
    expect(result?.stdout.trim()).toBe(path.join(repo, '.git'))
  })

  it('answers a failing command with its exit code and English stderr', async () => {
    const result = await runGit(runProcess, root, ['rev-parse', '--show-prefix'])
    expect(result?.exitCode).not.toBe(0)
    expect(result?.stderr).toContain('fatal: not a git repository')
  })

  it('answers null when git cannot be started', async () => {
    expect(await runGit(runProcess, repo, ['status'], '/nonexistent/git')).toBeNull()
  })
})
