/**
 * scripts/release.mjs on throwaway git repositories: a minimal package with a fake bundle
 * command (RELEASE_BUNDLE_COMMAND), so the real bundle never runs. Covers the version checks
 * (semver, greater than the last tag), the clean-tree rule, the dry run, the commit and tags
 * (vX.Y.Z, the moved major tag), rollback on a failed bundle, and pushing to a remote.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const SCRIPT = path.resolve('scripts/release.mjs')
const PACKAGE_JSON = `{
  "name": "fake-action",
  "version": "1.0.0",
  "type": "module",
  "scripts": {
    "bundle": "node fake-bundle.mjs"
  }
}
`
// Writes dist/index.js from the version package.json has when it runs; exits 3 on FAIL_BUNDLE.
const FAKE_BUNDLE = `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
if (process.env.FAIL_BUNDLE) { mkdirSync('dist', { recursive: true }); writeFileSync('dist/half.js', ''); process.exit(3) }
const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
mkdirSync('dist', { recursive: true })
writeFileSync('dist/index.js', 'bundle of ' + version + '\\n')
`
const GIT_ENV = {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid'
}

let root: string
let template: string
let counter = 0

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV }
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout.trim()
}

/** A fresh copy of the template repository: v1.0.0 released, v1 on it, a clean tree. */
function repository(): string {
  const dir = path.join(root, `repo-${++counter}`)
  cpSync(template, dir, { recursive: true })
  return dir
}

function release(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...GIT_ENV,
      RELEASE_BUNDLE_COMMAND: JSON.stringify([process.execPath, 'fake-bundle.mjs']),
      ...env
    }
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const commitOf = (cwd: string, ref: string): string => git(cwd, 'rev-parse', `${ref}^{commit}`)
const tags = (cwd: string): string[] => git(cwd, 'tag', '--list').split('\n').filter(Boolean)
const versionIn = (cwd: string, file: string): unknown =>
  (JSON.parse(readFileSync(path.join(cwd, file), 'utf8')) as { version: unknown }).version

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'release-script-'))
  template = path.join(root, 'template')
  git(root, 'init', '-q', '-b', 'main', template)
  writeFileSync(path.join(template, 'package.json'), PACKAGE_JSON)
  writeFileSync(
    path.join(template, 'package-lock.json'),
    `${JSON.stringify({ name: 'fake-action', version: '1.0.0', lockfileVersion: 3, packages: { '': { name: 'fake-action', version: '1.0.0' } } }, null, 2)}\n`
  )
  writeFileSync(path.join(template, 'fake-bundle.mjs'), FAKE_BUNDLE)
  writeFileSync(
    path.join(template, 'action.yml'),
    "name: fake\nruns:\n  using: node24\n  main: 'dist/index.js'\n"
  )
  spawnSync(process.execPath, ['fake-bundle.mjs'], { cwd: template })
  git(template, 'add', '-A')
  git(template, 'commit', '-q', '-m', 'first')
  git(template, 'tag', '-a', 'v1.0.0', '-m', 'v1.0.0')
  git(template, 'tag', '-a', 'v1', '-m', 'v1')
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('npm run release -- X.Y.Z', () => {
  it('sets the version, rebuilds dist/, commits, tags vX.Y.Z and moves v1', () => {
    const repo = repository()
    const result = release(repo, ['1.1.0'])
    expect(result).toMatchObject({ code: 0, stderr: '' })

    expect(readFileSync(path.join(repo, 'package.json'), 'utf8')).toBe(
      PACKAGE_JSON.replace('"version": "1.0.0"', '"version": "1.1.0"')
    )
    const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8'))
    expect([lock.version, lock.packages[''].version]).toEqual(['1.1.0', '1.1.0'])
    // The bundle ran after the version was set, and its output is in the release commit.
    expect(git(repo, 'show', 'v1.1.0:dist/index.js')).toBe('bundle of 1.1.0')
    expect(git(repo, 'log', '-1', '--format=%s')).toBe('Release v1.1.0')
    expect(commitOf(repo, 'v1.1.0')).toBe(commitOf(repo, 'HEAD'))
    expect(commitOf(repo, 'v1')).toBe(commitOf(repo, 'HEAD'))
    expect(git(repo, 'status', '--porcelain')).toBe('')
    expect(result.stdout).toContain('git push --force origin refs/tags/v1')
  })

  it('compares versions by semver, not as text', () => {
    const repo = repository()
    git(repo, 'tag', 'v1.9.0')
    expect(release(repo, ['1.10.0', '--dry-run']).code).toBe(0)
    expect(release(repo, ['1.8.12', '--dry-run']).code).toBe(1)
    git(repo, 'tag', 'v2.0.0-rc.2')
    // 2.0.0-rc.10 > 2.0.0-rc.2 (numeric identifiers), and 2.0.0 > any of its pre-releases.
    expect(release(repo, ['2.0.0-rc.10', '--dry-run']).code).toBe(0)
    expect(release(repo, ['2.0.0-rc.1', '--dry-run']).code).toBe(1)
    expect(release(repo, ['2.0.0-beta', '--dry-run']).code).toBe(1)
    expect(release(repo, ['2.0.0', '--dry-run']).code).toBe(0)
  })

  it('refuses a version that is not greater than the last tag', () => {
    const repo = repository()
    for (const version of ['1.0.0', '0.9.9', '1.0.0-rc.1']) {
      const result = release(repo, [version])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`${version} is not greater than the last release v1.0.0`)
    }
    expect(tags(repo)).toEqual(['v1', 'v1.0.0'])
  })

  it('refuses what is not a semver version', () => {
    const repo = repository()
    for (const version of ['1.2', '01.2.3', '1.2.3.4', 'latest', '1.2.3+build']) {
      const result = release(repo, [version])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`'${version}' is not a semver version`)
    }
    expect(release(repo, []).code).toBe(2)
    expect(release(repo, ['1.1.0', '--force']).stderr).toContain("unknown option '--force'")
  })

  it('accepts a leading v', () => {
    const repo = repository()
    expect(release(repo, ['v1.0.1']).code).toBe(0)
    expect(tags(repo)).toContain('v1.0.1')
  })

  it('refuses a dirty tree: changed tracked files and untracked files', () => {
    const repo = repository()
    writeFileSync(path.join(repo, 'action.yml'), 'changed\n')
    const changed = release(repo, ['1.1.0'])
    expect(changed.code).toBe(1)
    expect(changed.stderr).toContain('uncommitted changes')
    expect(changed.stderr).toContain('action.yml')

    const other = repository()
    writeFileSync(path.join(other, 'notes.txt'), 'new\n')
    expect(release(other, ['1.1.0']).stderr).toContain('notes.txt')
    expect(versionIn(other, 'package.json')).toBe('1.0.0')
    expect(tags(other)).toEqual(['v1', 'v1.0.0'])
  })

  it('--dry-run says what it would do and changes nothing', () => {
    const repo = repository()
    const head = commitOf(repo, 'HEAD')
    const result = release(repo, ['1.1.0', '--dry-run'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Dry run: release v1.1.0 (after v1.0.0) would:')
    expect(result.stdout).toContain('move v1 to v1.1.0')
    expect(commitOf(repo, 'HEAD')).toBe(head)
    expect(tags(repo)).toEqual(['v1', 'v1.0.0'])
    expect(versionIn(repo, 'package.json')).toBe('1.0.0')
    expect(readFileSync(path.join(repo, 'dist/index.js'), 'utf8')).toBe('bundle of 1.0.0\n')
  })

  it('tags a pre-release without moving the major tag', () => {
    const repo = repository()
    const v1 = commitOf(repo, 'v1')
    expect(release(repo, ['1.1.0-rc.1']).code).toBe(0)
    expect(commitOf(repo, 'v1.1.0-rc.1')).toBe(commitOf(repo, 'HEAD'))
    expect(commitOf(repo, 'v1')).toBe(v1)
  })

  it('moves the tag of the new major version', () => {
    const repo = repository()
    const v1 = commitOf(repo, 'v1')
    expect(release(repo, ['2.0.0']).code).toBe(0)
    expect(commitOf(repo, 'v2')).toBe(commitOf(repo, 'HEAD'))
    expect(commitOf(repo, 'v1')).toBe(v1)
  })

  it('puts everything back when the bundle fails', () => {
    const repo = repository()
    const head = commitOf(repo, 'HEAD')
    const result = release(repo, ['1.1.0'], { FAIL_BUNDLE: '1' })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('failed (exit 3)')
    expect(git(repo, 'status', '--porcelain')).toBe('')
    expect(existsSync(path.join(repo, 'dist/half.js'))).toBe(false)
    expect(commitOf(repo, 'HEAD')).toBe(head)
    expect(tags(repo)).toEqual(['v1', 'v1.0.0'])
  })

  it('refuses a bundle that does not produce the file action.yml runs', () => {
    const repo = repository()
    const result = release(repo, ['1.1.0'], {
      RELEASE_BUNDLE_COMMAND: JSON.stringify([process.execPath, '-e', '0'])
    })
    expect(result.code).toBe(0) // dist/index.js is still there from the last release
    const emptied = repository()
    git(emptied, 'rm', '-q', 'dist/index.js')
    git(emptied, 'commit', '-q', '-m', 'drop dist')
    const missing = release(emptied, ['1.1.0'], {
      RELEASE_BUNDLE_COMMAND: JSON.stringify([process.execPath, '-e', '0'])
    })
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('did not produce dist/index.js')
    expect(tags(emptied)).toEqual(['v1', 'v1.0.0'])
  })

  it('makes the first release when there is no tag yet', () => {
    const repo = repository()
    git(repo, 'tag', '-d', 'v1', 'v1.0.0')
    const result = release(repo, ['0.1.0'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('the first release')
    expect(tags(repo)).toEqual(['v0', 'v0.1.0'])
  })

  it('--push sends the branch, the tag and the moved major tag to origin', () => {
    const repo = repository()
    const remote = path.join(root, `remote-${++counter}.git`)
    git(root, 'init', '-q', '--bare', remote)
    git(repo, 'remote', 'add', 'origin', remote)
    git(repo, 'push', '-q', 'origin', 'main', 'v1', 'v1.0.0')

    expect(release(repo, ['1.1.0', '--push']).code).toBe(0)
    expect(commitOf(remote, 'main')).toBe(commitOf(repo, 'HEAD'))
    expect(commitOf(remote, 'v1.1.0')).toBe(commitOf(repo, 'HEAD'))
    expect(commitOf(remote, 'v1')).toBe(commitOf(repo, 'HEAD'))

    // The major tag already exists on the remote: it has to be moved again, by force.
    expect(release(repo, ['1.1.1', '--push']).code).toBe(0)
    expect(commitOf(remote, 'v1')).toBe(commitOf(repo, 'v1.1.1'))
  })
})
