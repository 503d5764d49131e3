import {
  lostEnd,
  parseCentralEntries,
  parseEndRecord,
  parseZip64End,
  zip64EndPosition,
  ZIP64_LOCATOR_SIZE
} from '../../src/archive/central-directory.js'
import {
  centralRecord,
  DEFLATED,
  endRecords,
  localHeader,
  STORED
} from '../../src/archive/records.js'
import { InvalidWheelError } from '../../src/wheel/types.js'

/** An archive's bytes from the writer's encoders, entries empty: enough for the directory. */
function archive(
  entries: { name: string; mode: number; method?: number }[],
  options: { force?: boolean; comment?: string } = {}
): Buffer {
  const parts: Buffer[] = []
  let at = 0
  const records = entries.map(entry => {
    const name = Buffer.from(entry.name)
    const header = localHeader(name, entry.method ?? STORED, 0, 0, 0, false)
    const record = {
      name,
      method: entry.method ?? STORED,
      crc32: 0,
      compressedSize: 0,
      uncompressedSize: 0,
      offset: at,
      mode: entry.mode
    }
    parts.push(header)
    at += header.length
    return record
  })
  const cdStart = at
  for (const record of records) parts.push(centralRecord(record, Boolean(options.force)))
  const cdSize = parts.slice(records.length).reduce((n, b) => n + b.length, 0)
  let end = endRecords(records.length, cdStart, cdSize, cdStart + cdSize, Boolean(options.force))
  if (options.comment !== undefined) {
    const comment = Buffer.from(options.comment)
    end = Buffer.concat([end, comment])
    end.writeUInt16LE(comment.length, end.length - comment.length - 2)
  }
  parts.push(end)
  return Buffer.concat(parts)
}

function directoryOf(bytes: Buffer): ReturnType<typeof parseCentralEntries> {
  const lost = lostEnd(bytes, 'x.whl')
  const end = parseEndRecord(bytes, 0, 'x.whl', lost)
  const recordAt = zip64EndPosition(
    bytes.subarray(end.locatorPosition, end.locatorPosition + ZIP64_LOCATOR_SIZE)
  )
  const where = recordAt === null ? end : parseZip64End(bytes.subarray(recordAt), lost)
  return parseCentralEntries(
    bytes.subarray(where.offset, where.offset + where.size),
    where.count,
    'x.whl'
  )
}

describe('central directory parsing on buffers', () => {
  it('reads names, methods, offsets and Unix modes back as written', () => {
    const bytes = archive([
      { name: 'pkg/__init__.py', mode: 0o100644, method: DEFLATED },
      { name: 'pkg/bin/tool', mode: 0o100755 },
      { name: 'pkg/', mode: 0o040755 },
      { name: 'caf\u00e9.txt', mode: 0o100600 }
    ])
    const { entries, zip64 } = directoryOf(bytes)
    expect(zip64).toBe(false)
    expect(entries.map(e => [e.name, e.method, e.mode.toString(8), e.isDirectory])).toEqual([
      ['pkg/__init__.py', DEFLATED, '100644', false],
      ['pkg/bin/tool', STORED, '100755', false],
      ['pkg/', STORED, '40755', true],
      ['caf\u00e9.txt', STORED, '100600', false]
    ])
    expect(entries[1]?.localHeaderOffset).toBe(30 + 'pkg/__init__.py'.length)
  })

  it('follows the ZIP64 locator to the ZIP64 end record', () => {
    const { entries, zip64 } = directoryOf(
      archive([{ name: 'a', mode: 0o100644 }], { force: true })
    )
    expect(zip64).toBe(true)
    expect(entries.map(e => [e.name, e.compressedSize, e.localHeaderOffset])).toEqual([['a', 0, 0]])
  })

  it('finds the end record behind a comment that contains an end signature of its own', () => {
    const stray = Buffer.from([0x50, 0x4b, 0x05, 0x06]).toString('latin1')
    const bytes = archive([{ name: 'a', mode: 0 }], { comment: `note ${stray} ${'x'.repeat(30)}` })
    expect(directoryOf(bytes).entries.map(e => e.name)).toEqual(['a'])
  })

  it('tells a cut-off zip from something that is no zip at all', () => {
    const whole = archive([{ name: 'a', mode: 0 }])
    const cut = whole.subarray(0, whole.length - 10)
    expect(() => parseEndRecord(cut, 0, 'x.whl', lostEnd(cut, 'x.whl'))).toThrow(
      /truncated zip archive: no end of central directory record/
    )
    const html = Buffer.from('<html>404</html>'.repeat(4))
    const error = (() => {
      try {
        parseEndRecord(html, 0, 'x.whl', lostEnd(html, 'x.whl'))
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(InvalidWheelError)
    expect((error as InvalidWheelError).message).toMatch(/is not a zip archive/)
  })

  it('refuses a directory record that overruns the directory', () => {
    const bytes = archive([{ name: 'abc', mode: 0 }])
    const end = parseEndRecord(bytes, 0, 'x.whl', lostEnd(bytes, 'x.whl'))
    const cd = bytes.subarray(end.offset, end.offset + end.size - 2)
    expect(() => parseCentralEntries(cd, 1, 'x.whl')).toThrow(/entry 1 overruns it/)
  })
})
