import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { globFiles, segmentToRegExp } from '../../src/util/glob.js'

describe('globFiles', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'glob-'))
    for (const file of [
      'dist/a-1.0-py3-none-any.whl',
      'dist/b-1.0-py3-none-any.whl',
      'dist/notes.txt',
      'dist/.hidden.whl',
      'dist/sub/c-1.0-py3-none-any.whl',
      'other/d.whl'
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
      'dist/b-1.0-py3-none-any.whl'
    ])
  })

  it('matches ** across directories', async () => {
    expect(rel(await globFiles('**/*.whl', dir))).toEqual([
      'dist/a-1.0-py3-none-any.whl',
      'dist/b-1.0-py3-none-any.whl',
      'dist/sub/c-1.0-py3-none-any.whl',
      'other/d.whl'
    ])
  })

  it('takes a plain path, absolute or relative, and nothing for a missing one', async () => {
    const absolute = path.join(dir, 'other/d.whl')
    expect(await globFiles(absolute, '/')).toEqual([absolute])
    expect(rel(await globFiles('other/d.whl', dir))).toEqual(['other/d.whl'])
    expect(await globFiles('missing/*.whl', dir)).toEqual([])
  })

  it('supports ? and character classes', async () => {
    expect(rel(await globFiles('dist/[ab]-1.0-py?-none-any.whl', dir))).toHaveLength(2)
    expect(rel(await globFiles('dist/[!a]-*.whl', dir))).toEqual(['dist/b-1.0-py3-none-any.whl'])
  })

  it('escapes regular expression characters in literal parts', () => {
    expect(segmentToRegExp('a+b(1).whl').test('a+b(1).whl')).toBe(true)
    expect(segmentToRegExp('a.whl').test('abwhl')).toBe(false)
  })
})
