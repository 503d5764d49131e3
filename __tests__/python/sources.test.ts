import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { classifySource, classifySources, sourceArgs } from '../../src/python/sources.js'
import { GateError } from '../../src/util/errors.js'

let root: string
let flat: string
let pep503: string

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'sources-'))
  flat = path.join(root, 'flat')
  pep503 = path.join(root, 'simple')
  await fs.mkdir(flat)
  await fs.writeFile(path.join(flat, 'torch-2.13.0-py3-none-any.whl'), '')
  await fs.mkdir(path.join(pep503, 'torch'), { recursive: true })
  await fs.writeFile(path.join(pep503, 'torch', 'index.html'), '')
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('classifySource', () => {
  it('reads http(s) URLs as simple index roots with a trailing slash', async () => {
    expect(await classifySource('https://download.pytorch.org/whl/cpu')).toEqual({
      kind: 'index',
      url: 'https://download.pytorch.org/whl/cpu/'
    })
  })

  it('tells a directory of wheels (find-links) from a PEP 503 directory (index)', async () => {
    expect(await classifySource(pathToFileURL(flat).href)).toEqual({
      kind: 'find-links',
      url: pathToFileURL(flat).href,
      path: flat
    })
    expect(await classifySource(pathToFileURL(pep503).href)).toEqual({
      kind: 'index',
      url: `${pathToFileURL(pep503).href}/`
    })
    expect((await classifySource(flat)).kind).toBe('find-links')
  })

  it('rejects other schemes and missing directories, naming the input', async () => {
    await expect(
      classifySource('ftp://example.org/simple', 'dependency-index-urls')
    ).rejects.toThrow(
      "Invalid dependency-index-urls entry 'ftp://example.org/simple': unsupported scheme 'ftp:'"
    )
    await expect(
      classifySource(pathToFileURL(path.join(root, 'nope')).href, 'dependency-index-urls', 'error')
    ).rejects.toThrow(GateError)
    await expect(classifySources([pathToFileURL(path.join(root, 'nope')).href])).rejects.toThrow(
      'cannot read directory'
    )
    await expect(classifySource('not a url')).rejects.toThrow('not a URL')
  })

  it('reads a test index directory that does not exist yet as an empty index', async () => {
    const missing = path.join(root, 'not-published-to-yet')
    expect(await classifySource(pathToFileURL(missing).href, 'test index')).toEqual({
      kind: 'index',
      url: `${pathToFileURL(missing).href}/`
    })
  })
})

describe('sourceArgs', () => {
  it('makes the first index the only default and adds find-links', async () => {
    const sources = await classifySources([
      'https://pypi.org/simple',
      flat,
      pathToFileURL(pep503).href
    ])
    expect(sourceArgs(sources)).toEqual([
      '--index-url',
      'https://pypi.org/simple/',
      '--extra-index-url',
      `${pathToFileURL(pep503).href}/`,
      '--find-links',
      flat
    ])
  })

  it('uses --no-index when only find-links directories are given, so PyPI is never asked', async () => {
    expect(sourceArgs(await classifySources([flat]))).toEqual(['--no-index', '--find-links', flat])
  })
})
