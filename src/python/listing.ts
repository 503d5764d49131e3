/**
 * What the test index shows for one project: the adapters behind verify's wait. An http(s)
 * index is read through the publish gate's reader (the simple API pip itself reads), a file://
 * directory through the static index, or as a flat directory of wheels.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sha256File } from '../archive/hash.js'
import { HttpIndexReader } from '../pypi/read.js'
import { StaticIndex } from '../pypi/static.js'
import type { PackageSource } from './sources.js'

/** A file an index lists, with the sha256 it states (null when it states none). */
export interface ListedFile {
  readonly filename: string
  readonly sha256: string | null
}

/** Lists the files an index shows for a project version; the port verify waits on. */
export type IndexLister = (project: string, version: string) => Promise<ListedFile[]>

function flatLister(dir: string): IndexLister {
  return async () => {
    const names = (await fs.readdir(dir)).filter(n => n.endsWith('.whl') && !n.startsWith('.'))
    const files: ListedFile[] = []
    for (const filename of names.sort()) {
      files.push({ filename, sha256: await sha256File(path.join(dir, filename)) })
    }
    return files
  }
}

/** The lister for a test index source, reading it fresh on every call. */
export function listerFor(source: PackageSource, reader = new HttpIndexReader()): IndexLister {
  if (source.kind === 'find-links') return flatLister(source.path)
  const url = new URL(source.url)
  if (url.protocol === 'file:') {
    const index = new StaticIndex(fileURLToPath(url))
    return async project => (await index.listFiles(project)).map(strip)
  }
  return async (project, version) => {
    const files = await reader.listFiles(
      {
        kind: 'url',
        label: source.url,
        uploadUrl: source.url,
        simpleUrl: source.url,
        jsonApiUrl: null,
        oidcOrigin: url.origin
      },
      project,
      version
    )
    return files.map(strip)
  }
}

function strip(file: ListedFile): ListedFile {
  return { filename: file.filename, sha256: file.sha256 }
}
