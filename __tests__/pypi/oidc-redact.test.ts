/**
 * Trusted publishing's failed exchange quotes the index's answer: the answer is redacted whole
 * before it is cut, so an echoed OIDC token across the cut leaves no part behind.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mintTrustedPublishingToken } from '../../src/pypi/oidc.js'
import { MemoryLogger } from '../../src/util/logger.js'

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
const ID_TOKEN = `${b64url({ alg: 'none' })}.${b64url({ repository: 'o/r', sub: 'repo:o/r:ref:refs/heads/main' })}.c2lnbmF0dXJl`

let server: http.Server
let origin: string
beforeAll(async () => {
  // An index whose mint endpoint fails with a plain-text answer echoing what it was sent.
  server = http.createServer((request, response) => {
    if (request.url === '/_/oidc/audience') {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ audience: 'testpypi' }))
      return
    }
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const { token } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { token: string }
      response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end(`${'w'.repeat(290)}${token} was refused`)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => new Promise<void>(resolve => server.close(() => resolve())))

describe('mintTrustedPublishingToken', () => {
  it('redacts the index’s answer whole before quoting its first 300 characters', async () => {
    const logger = new MemoryLogger()
    const error = await mintTrustedPublishingToken(origin, async () => ID_TOKEN, logger).catch(
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toContain(`  ${'w'.repeat(290)}***`)
    expect(message).not.toContain(ID_TOKEN.slice(0, 8))
  })
})
