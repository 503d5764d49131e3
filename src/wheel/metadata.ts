/**
 * Core metadata (METADATA, PKG-INFO) as the core metadata spec defines it: RFC 822 style
 * headers, folded continuation lines, repeatable fields kept in order, and a body after the
 * first blank line that holds the long description.
 */
import type { CoreMetadata } from './types.js'

const HEADER_RE = /^([\x21-\x39\x3b-\x7e]+):[ \t]*(.*)$/

/** Parses METADATA bytes or text; never throws (a missing field is the caller's rule to check). */
export function parseCoreMetadata(input: Buffer | Uint8Array | string): CoreMetadata {
  let text = typeof input === 'string' ? input : Buffer.from(input).toString('utf8')
  if (text.startsWith('\ufeff')) text = text.slice(1)
  const lines = text.split(/\r\n|\n|\r/)
  const headers: { name: string; value: string }[] = []
  let index = 0
  for (; index < lines.length; index++) {
    const line = lines[index] ?? ''
    if (line === '') {
      index++
      break
    }
    const last = headers[headers.length - 1]
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      // A folded line continues the previous field; the line break is part of the value.
      last.value = `${last.value}\n${line}`
      continue
    }
    const match = HEADER_RE.exec(line)
    if (!match) break // as Python's email parser does: the first non-header line starts the body
    headers.push({ name: match[1] ?? '', value: (match[2] ?? '').trimEnd() })
  }
  const body = lines.slice(index).join('\n')
  const metadataVersion =
    headers.find(h => h.name.toLowerCase() === 'metadata-version')?.value.trim() ?? ''
  return { metadataVersion, headers, body }
}

/** The first value of a field (name compared case-insensitively), or undefined. */
export function getField(meta: CoreMetadata, name: string): string | undefined {
  const wanted = name.toLowerCase()
  return meta.headers.find(h => h.name.toLowerCase() === wanted)?.value
}

/** Every value of a multiple-use field, in file order (name compared case-insensitively). */
export function getAllFields(meta: CoreMetadata, name: string): string[] {
  const wanted = name.toLowerCase()
  return meta.headers.filter(h => h.name.toLowerCase() === wanted).map(h => h.value)
}
