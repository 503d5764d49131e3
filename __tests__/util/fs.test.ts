import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { globFiles, isDirectory, isFile } from '../../src/util/fs.js'

describe('globFiles', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'glob-'))
    for (const file of [
      'dist/a-1.0-py3-none-any.whl',
      'dist/b-1.0-py3-none-any.whl',
      'dist/c-1.0+cpu-py3-none-any.whl',
      'dist/notes.txt',
      'dist/.hidden.whl',
      'dist/sub/c-1.0-py3-none-any.whl',
      'other/d.whl',
      'odd/[x].whl'
    ]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), '')
    }
    mkdirSync(path.join(dir, 'dist/dir.whl'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const rel = (files: string[]): string[] => files.map(f => path.relative(dir, f))

  it('matches a star in the last segment, files only, sorted, no dot files', async () => {
    expect(rel(await globFiles('dist/*.whl', dir))).toEqual([
      'dist/a-1.0-py3-none-any.whl',
      'dist/b-1.0-py3-none-any.whl',
      'dist/c-1.0+cpu-py3-none-any.whl'
    ])
  })

  it('matches ** across directories', async () => {
    expect(rel(await globFiles('**/*.whl', dir))).toEqual([
      'dist/a-1.0-py3-none-any.whl',
      'dist/b-1.0-py3-none-any.whl',
      'dist/c-1.0+cpu-py3-none-any.whl',
      'dist/sub/c-1.0-py3-none-any.whl',
      'odd/[x].whl',
      'other/d.whl'
    ])
  })

  it('takes a plain path, absolute or relative, and nothing for a missing one', async () => {
    const absolute = path.join(dir, 'other/d.whl')
    expect(await globFiles(absolute, '/')).toEqual([absolute])
    expect(rel(await globFiles('other/d.whl', dir))).toEqual(['other/d.whl'])
    expect(rel(await globFiles('./dist/../other/d.whl', dir))).toEqual(['other/d.whl'])
    expect(await globFiles('missing/*.whl', dir)).toEqual([])
    expect(await globFiles('missing.whl', dir)).toEqual([])
  })

  it('takes an absolute glob, and a path whose name holds glob characters as that file', async () => {
    expect(rel(await globFiles(path.join(dir, 'other', '*.whl'), '/'))).toEqual(['other/d.whl'])
    expect(rel(await globFiles('odd/[x].whl', dir))).toEqual(['odd/[x].whl'])
  })

  it('supports ? and character classes', async () => {
    expect(rel(await globFiles('dist/[ab]-1.0-py?-none-any.whl', dir))).toHaveLength(2)
    expect(rel(await globFiles('dist/[!a]-1.0-py3-*.whl', dir))).toEqual([
      'dist/b-1.0-py3-none-any.whl'
    ])
  })
})

describe('isDirectory and isFile', () => {
  it('tell directories, files, symlinks to them and missing paths apart', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'fs-'))
    try {
      writeFileSync(path.join(dir, 'f'), '')
      symlinkSync(path.join(dir, 'f'), path.join(dir, 'link'))
      expect(await isDirectory(dir)).toBe(true)
      expect(await isDirectory(path.join(dir, 'f'))).toBe(false)
      expect(await isDirectory(path.join(dir, 'missing'))).toBe(false)
      expect(await isFile(path.join(dir, 'f'))).toBe(true)
      expect(await isFile(path.join(dir, 'link'))).toBe(true)
      expect(await isFile(dir)).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
