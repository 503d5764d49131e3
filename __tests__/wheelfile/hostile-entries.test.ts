/**
 * Archives that attack whoever unpacks them: entries with `..` segments, absolute paths, drive
 * letters, backslashes, and symbolic links. check fails each, naming the entry; normalize
 * refuses the wheel before writing anything; nothing lands outside the work directory. pip
 * refuses the `..` wheel too, which is why check must.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import { normalizeWheel, NormalizeError } from '../../src/wheelfile/normalize.js'
import { testPython } from '../helpers/python.js'
import { forgeWheel, type ForgedEntry } from '../helpers/zip-forge.js'

const MODULE = { name: 'demo_pkg/__init__.py', data: Buffer.from('VALUE = 1\n') }
let root: string

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'hostile-'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** Every file under `dir`, relative. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter(e => !e.isDirectory())
    .map(e => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

const hostile = (): [string, ForgedEntry, string][] => [
  ['a .. segment', { name: '../../evil.txt', data: Buffer.from('x') }, "a '..' segment"],
  [
    'an absolute path',
    { name: `${root}/outside/evil.txt`, data: Buffer.from('x') },
    'an absolute path'
  ],
  ['a drive letter', { name: 'C:/evil.txt', data: Buffer.from('x') }, 'a drive letter'],
  ['backslashes', { name: 'demo_pkg\\..\\..\\evil.txt', data: Buffer.from('x') }, 'a backslash'],
  [
    'a symbolic link',
    { name: 'demo_pkg/link', data: Buffer.from('../../../../etc/passwd'), mode: 0o120777 },
    'is a symbolic link'
  ]
]

describe('entries that would be written outside the install directory', () => {
  it.each([0, 1, 2, 3, 4])('case %i: check fails naming the entry, normalize refuses', async i => {
    const [label, entry, reason] = hostile()[i]!
    const work = path.join(root, `case-${i}`, 'work')
    await mkdir(work, { recursive: true })
    const { filename, bytes } = forgeWheel({ files: [MODULE, entry] })
    const wheel = path.join(work, filename)
    await writeFile(wheel, bytes)

    const inspection = await inspectWheel(wheel, { maxFileSize: 100 * 1024 * 1024 })
    const named = inspection.problems.filter(
      p =>
        p.message.includes(`'${String(entry.name)}'`) &&
        ['symlink-entry', 'unsafe-entry-path'].includes(p.code)
    )
    expect(named.map(p => p.code)).toEqual([
      label === 'a symbolic link' ? 'symlink-entry' : 'unsafe-entry-path'
    ])
    expect(named[0]?.message).toContain(reason)

    const out = path.join(work, 'out')
    await mkdir(out)
    await expect(normalizeWheel(wheel, { outDir: out, version: '1.0.post1' })).rejects.toThrow(
      NormalizeError
    )
    await expect(normalizeWheel(wheel, { outDir: out, version: '1.0.post1' })).rejects.toThrow(
      String(entry.name)
    )
    expect(await readdir(out)).toEqual([])
    // Nothing anywhere in the test's tree but the wheels themselves.
    expect((await filesUnder(root)).filter(f => !f.endsWith('.whl'))).toEqual([])
  })

  it('pip refuses the .. wheel too, and writes nothing outside its target', async () => {
    const work = path.join(root, 'pip', 'work')
    await mkdir(work, { recursive: true })
    const { filename, bytes } = forgeWheel({
      files: [MODULE, { name: '../../evil.txt', data: Buffer.from('x') }]
    })
    const wheel = path.join(work, filename)
    await writeFile(wheel, bytes)
    const target = path.join(work, 'site')
    const pip = spawnSync(
      testPython(),
      ['-m', 'pip', 'install', '--no-deps', '--no-index', '--target', target, wheel],
      { encoding: 'utf8' }
    )
    expect(pip.status).not.toBe(0)
    expect(pip.stderr).toMatch(/trying to install outside the target directory/)
    expect((await filesUnder(path.join(root, 'pip'))).filter(f => f.endsWith('evil.txt'))).toEqual(
      []
    )
  }, 60000)
})
