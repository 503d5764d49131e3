/**
 * Downloading a listed file against local HTTP servers: streamed to disk and kept only when its
 * sha256 and size are the listing's; redirects followed, with the index's credentials kept from
 * another host; 5xx retried; nothing left behind on a mismatch; file:// listings too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { downloadIndexFile, IndexDownloadError, publicUrl } from '../../src/pypi/download.js'

const BYTES = Buffer.alloc(3 * 1024 * 1024 + 17, 7)
const SHA = createHash('sha256').update(BYTES).digest('hex')
const NAME = 'x-1.0-py3-none-any.whl'

interface Seen {
  url: string
  authorization: string | undefined
}

/** The rejection of `promise`, typed; fails the test when it resolves. */
async function failure(promise: Promise<unknown>): Promise<IndexDownloadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(IndexDownloadError)
  return error as IndexDownloadError
}

async function serve(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => void
): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization })
    handle(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    seen,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'download-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const noWait = { attempts: 3, sleep: async () => undefined }

describe('downloadIndexFile', () => {
  it('follows a redirect to another host without the index credentials, retrying a 503', async () => {
    let failures = 1
    const files = await serve((_req, res) => {
      if (failures-- > 0) res.writeHead(503).end('busy')
      else res.end(BYTES)
    })
    const index = await serve((_req, res) => {
      res.writeHead(302, { Location: `${files.url}f/${NAME}` }).end()
    })
    try {
      const url = new URL(`${index.url}packages/${NAME}`)
      url.username = 'user'
      url.password = 'secret'
      const into = path.join(dir, 'redirect')
      const got = await downloadIndexFile(
        { filename: NAME, sha256: SHA, url: url.href, size: BYTES.length },
        into,
        noWait
      )
      expect(got).toEqual({ path: path.join(into, NAME), sha256: SHA, size: BYTES.length })
      expect((await readFile(got.path)).equals(BYTES)).toBe(true)
      expect(index.seen[0]!.authorization).toBe(
        `Basic ${Buffer.from('user:secret').toString('base64')}`
      )
      expect(files.seen.map(s => s.authorization)).toEqual([undefined, undefined])
      expect(await readdir(into)).toEqual([NAME])
    } finally {
      await Promise.all([files.close(), index.close()])
    }
  })

  it('keeps nothing when the bytes are not the listed ones, and says which differ', async () => {
    const server = await serve((_req, res) => res.end(BYTES))
    try {
      const into = path.join(dir, 'mismatch')
      const url = `${server.url}${NAME}`
      const wrongHash = await failure(
        downloadIndexFile({ filename: NAME, sha256: 'f'.repeat(64), url }, into, noWait)
      )
      expect(wrongHash).toBeInstanceOf(IndexDownloadError)
      expect(wrongHash.mismatch).toBe(true)
      expect(wrongHash.message).toBe(
        `${NAME} from ${url} has sha256 ${SHA}, but the index states ${'f'.repeat(64)}`
      )
      const wrongSize = await failure(
        downloadIndexFile({ filename: NAME, sha256: SHA, url, size: 5 }, into, noWait)
      )
      expect(wrongSize.message).toMatch(/has 3145745 bytes, but the index states 5$/)
      const noHash = await failure(downloadIndexFile({ filename: NAME, sha256: null, url }, into))
      expect(noHash.message).toMatch(/states no sha256/)
      expect(await readdir(into)).toEqual([])
      // One request each: a mismatch is not retried, and no hash means no request at all.
      expect(server.seen).toHaveLength(2)
    } finally {
      await server.close()
    }
  })

  it('gives up on a 404 at once and reads file:// listings from disk', async () => {
    const server = await serve((_req, res) => res.writeHead(404).end())
    try {
      const error = await failure(
        downloadIndexFile(
          { filename: NAME, sha256: SHA, url: `${server.url}${NAME}` },
          path.join(dir, 'gone'),
          noWait
        )
      )
      expect(error.message).toMatch(/^HTTP 404/)
      expect(error.retryable).toBe(false)
      expect(server.seen).toHaveLength(1)
    } finally {
      await server.close()
    }
    const source = path.join(dir, 'on-disk.whl')
    await writeFile(source, BYTES)
    const got = await downloadIndexFile(
      { filename: NAME, sha256: SHA, url: pathToFileURL(source).href },
      path.join(dir, 'file')
    )
    expect((await readFile(got.path)).equals(BYTES)).toBe(true)
  })

  it('shows URLs without user name and password', () => {
    expect(publicUrl('https://u:p@host.test/simple/x/')).toBe('https://host.test/simple/x/')
    expect(publicUrl('pypi')).toBe('pypi')
  })
})
