import { findDistInfo } from '../../src/wheel/dist-info.js'
import { duplicateEntries } from '../../src/wheel/inspection.js'
import { formatRecord, parseRecord } from '../../src/wheel/record.js'
import { InvalidWheelError } from '../../src/wheel/types.js'

describe('findDistInfo on entry names', () => {
  const complete = ['a-1.dist-info/METADATA', 'a-1.dist-info/WHEEL', 'a-1.dist-info/RECORD']

  it('returns the one dist-info directory that holds METADATA, WHEEL and RECORD', () => {
    expect(findDistInfo(['a/__init__.py', ...complete], 'a.whl')).toBe('a-1.dist-info')
  })

  it('refuses none, two, or one with a file missing', () => {
    expect(() => findDistInfo(['a/__init__.py'], 'a.whl')).toThrow(/no \.dist-info directory/)
    expect(() => findDistInfo([...complete, 'b-2.dist-info/METADATA'], 'a.whl')).toThrow(
      /2 \.dist-info directories \(a-1\.dist-info, b-2\.dist-info\)/
    )
    expect(() => findDistInfo(complete.slice(0, 2), 'a.whl')).toThrow(InvalidWheelError)
    expect(() => findDistInfo(complete.slice(0, 2), 'a.whl')).toThrow(/has no RECORD/)
  })
})

describe('duplicateEntries', () => {
  it('names each file entry seen again, not directories', () => {
    const problems = duplicateEntries(['a/', 'a/', 'a/x', 'a/y', 'a/x'])
    expect(problems.map(p => [p.code, p.message])).toEqual([
      ['duplicate-entry', "The archive holds 'a/x' more than once"]
    ])
  })
})

describe('formatRecord', () => {
  it('writes rows that parse back, quoting what CSV needs, RECORD last and unhashed', () => {
    const rows = [
      { name: 'pkg/a.py', sha256: 'AbC-_x', size: 12 },
      { name: 'pkg/odd, "name".txt', sha256: 'zz', size: 0 }
    ]
    const text = formatRecord(rows, 'pkg-1.dist-info/RECORD')
    expect(text.endsWith('pkg-1.dist-info/RECORD,,\n')).toBe(true)
    expect(parseRecord(text).map(r => [r.path, r.hash, r.size])).toEqual([
      ['pkg/a.py', 'sha256=AbC-_x', '12'],
      ['pkg/odd, "name".txt', 'sha256=zz', '0'],
      ['pkg-1.dist-info/RECORD', '', '']
    ])
  })
})
