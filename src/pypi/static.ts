/**
 * A static PEP 503 index on disk, laid out like the wheel indexes PyTorch and vLLM serve:
 * `<root>/index.html`, `<root>/<project>/index.html` with `#sha256=` links,
 * `data-requires-python` and PEP 658 metadata, the wheel and its `.metadata` beside it.
 * Files never change once written; pages are replaced atomically under a per-project lock.
 */
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { sha256File } from '../archive/hash.js'
import { normalizeName } from '../wheel/names.js'
import type { WheelInspection } from '../wheel/types.js'
import { parseSimpleHtml, type ExistingFile } from './read.js'

/** Waits; injectable so lock contention is testable without real delays. */
export type Sleep = (ms: number) => Promise<void>

const LOCK_STALE_MS = 10 * 60 * 1000

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file)
    return true
  } catch {
    return false
  }
}

// Temp file in the same directory, then rename: readers see the old or the new file, never half.
async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`
  )
  try {
    await fs.writeFile(temp, data)
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}

function requiresPython(metadata: string): string | null {
  const head = metadata.split(/\r?\n\r?\n/, 1)[0] ?? ''
  const match = /^requires-python:[ \t]*(.*)$/im.exec(head)
  return match ? match[1]!.trim() : null
}

interface PageEntry {
  readonly filename: string
  readonly sha256: string
  readonly requiresPython: string | null
  readonly metadataSha256: string | null
}

/** Reads and writes one static index directory. */
export class StaticIndex {
  constructor(
    readonly root: string,
    private readonly sleep: Sleep = ms => new Promise(resolve => setTimeout(resolve, ms))
  ) {}

  private projectDir(project: string): string {
    return path.join(this.root, normalizeName(project))
  }

  /**
   * Files of a project: the page's links with their sha256, plus wheels on disk the page does
   * not list yet (a publisher stopped between file and page), hashed from disk.
   */
  async listFiles(project: string): Promise<ExistingFile[]> {
    const dir = this.projectDir(project)
    const listed = new Map<string, ExistingFile>()
    let page = ''
    try {
      page = await fs.readFile(path.join(dir, 'index.html'), 'utf8')
    } catch {
      page = ''
    }
    const base = `file://${dir}/`
    for (const link of parseSimpleHtml(page, base)) {
      const url = new URL(link.url)
      const sha = new URLSearchParams(url.hash.slice(1)).get('sha256')
      const filename = link.text || path.basename(url.pathname)
      url.hash = ''
      listed.set(filename, { filename, sha256: sha ? sha.toLowerCase() : null, url: url.href })
    }
    let names: string[] = []
    try {
      names = await fs.readdir(dir)
    } catch {
      names = []
    }
    for (const name of names) {
      if (!name.endsWith('.whl') || name.startsWith('.') || listed.has(name)) continue
      const file = path.join(dir, name)
      listed.set(name, { filename: name, sha256: await sha256File(file), url: `${base}${name}` })
    }
    return [...listed.values()]
  }

  /**
   * Adds a wheel: copies it in without ever replacing a file of the same name, then rewrites
   * the project and root pages. Returns `exists` with the present file's sha256 when another
   * file already holds that name (identical or not: the caller decides).
   */
  async add(wheel: WheelInspection): Promise<{ added: boolean; sha256: string }> {
    const filename = path.basename(wheel.path)
    const project = wheel.filename.normalizedName
    const dir = this.projectDir(project)
    await fs.mkdir(dir, { recursive: true })
    const target = path.join(dir, filename)
    const temp = path.join(dir, `.${filename}.${randomBytes(6).toString('hex')}.tmp`)
    let added = true
    try {
      await fs.copyFile(wheel.path, temp)
      const copied = await sha256File(temp)
      if (copied !== wheel.sha256) {
        throw new Error(
          `${filename} changed on disk after it was checked (sha256 ${copied}, checked ${wheel.sha256})`
        )
      }
      // link() fails when the name exists, unlike rename(): the no-overwrite rule, atomically.
      await fs.link(temp, target)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      added = false
    } finally {
      await fs.rm(temp, { force: true })
    }
    if (!added) return { added: false, sha256: await sha256File(target) }
    await writeAtomic(`${target}.metadata`, wheel.metadataBytes)
    await this.withLock(dir, async () => {
      await this.writeProjectPage(project, {
        filename,
        sha256: wheel.sha256,
        requiresPython: requiresPython(wheel.metadataBytes.toString('utf8')),
        metadataSha256: createHash('sha256').update(wheel.metadataBytes).digest('hex')
      })
    })
    await this.withLock(this.root, () => this.writeRootPage())
    return { added: true, sha256: wheel.sha256 }
  }

  private async withLock<T>(dir: string, fn: () => Promise<T>): Promise<T> {
    const lock = path.join(dir, '.lock')
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.mkdir(lock)
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        // A publisher that died holding the lock must not block every later run.
        const stat = await fs.stat(lock).catch(() => null)
        if (stat && Date.now() - stat.mtimeMs > LOCK_STALE_MS) {
          await fs.rm(lock, { recursive: true, force: true })
          continue
        }
        if (attempt > 6000) throw new Error(`timed out waiting for the index lock ${lock}`)
        await this.sleep(10 + Math.floor(Math.random() * 40))
      }
    }
    try {
      return await fn()
    } finally {
      await fs.rm(lock, { recursive: true, force: true })
    }
  }

  private async readEntries(project: string): Promise<PageEntry[]> {
    const dir = this.projectDir(project)
    let page = ''
    try {
      page = await fs.readFile(path.join(dir, 'index.html'), 'utf8')
    } catch {
      return []
    }
    return parseSimpleHtml(page, `file://${dir}/`).map(link => {
      const url = new URL(link.url)
      const sha = new URLSearchParams(url.hash.slice(1)).get('sha256') ?? ''
      const core = link.attributes['data-core-metadata'] ?? ''
      return {
        filename: link.text || path.basename(url.pathname),
        sha256: sha,
        requiresPython: link.attributes['data-requires-python'] ?? null,
        metadataSha256: core.startsWith('sha256=') ? core.slice('sha256='.length) : null
      }
    })
  }

  private async writeProjectPage(project: string, entry: PageEntry): Promise<void> {
    const entries = (await this.readEntries(project)).filter(e => e.filename !== entry.filename)
    entries.push(entry)
    entries.sort((a, b) => a.filename.localeCompare(b.filename))
    const name = normalizeName(project)
    const links = entries.map(e => {
      const attributes = [`href="${encodeURIComponent(e.filename)}#sha256=${e.sha256}"`]
      if (e.requiresPython) {
        attributes.push(`data-requires-python="${escapeHtml(e.requiresPython)}"`)
      }
      if (e.metadataSha256) {
        attributes.push(`data-dist-info-metadata="sha256=${e.metadataSha256}"`)
        attributes.push(`data-core-metadata="sha256=${e.metadataSha256}"`)
      }
      return `    <a ${attributes.join(' ')}>${escapeHtml(e.filename)}</a><br/>`
    })
    const html = [
      '<!DOCTYPE html>',
      '<html>',
      `  <head><meta name="pypi:repository-version" content="1.1"><title>Links for ${escapeHtml(name)}</title></head>`,
      '  <body>',
      `    <h1>Links for ${escapeHtml(name)}</h1>`,
      ...links,
      '  </body>',
      '</html>',
      ''
    ].join('\n')
    await writeAtomic(path.join(this.projectDir(project), 'index.html'), html)
  }

  private async writeRootPage(): Promise<void> {
    const names: string[] = []
    for (const entry of await fs.readdir(this.root, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue
      if (await exists(path.join(this.root, entry.name, 'index.html'))) names.push(entry.name)
    }
    names.sort()
    const html = [
      '<!DOCTYPE html>',
      '<html>',
      '  <head><meta name="pypi:repository-version" content="1.1"><title>Simple index</title></head>',
      '  <body>',
      ...names.map(n => `    <a href="${encodeURIComponent(n)}/">${escapeHtml(n)}</a><br/>`),
      '  </body>',
      '</html>',
      ''
    ].join('\n')
    await writeAtomic(path.join(this.root, 'index.html'), html)
  }
}
