/**
 * A forward proxy for tests, on 127.0.0.1: it answers CONNECT (what @actions/http-client's
 * tunnel agent and undici's ProxyAgent send, for http and https targets alike), reaches every
 * host name on 127.0.0.1 at the port asked for, and records each request it carries. Tests
 * can then address servers by made-up host names that only the proxy can reach.
 *
 * To see the requests inside a tunnel, the proxy ends the tunnel itself: the bytes go to an
 * inner server of its own (HTTPS with a throw-away self-signed certificate when the client
 * starts a TLS handshake, plain HTTP otherwise) that forwards each request to the target.
 * A client must trust `certificate` for that, as a runner behind a TLS-inspecting proxy does.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** One request the proxy carried. */
export interface ProxiedRequest {
  /** The host name of the CONNECT that carried it. */
  readonly host: string
  readonly port: number
  readonly method: string
  readonly path: string
  readonly tls: boolean
}

/** The names the proxy's certificate is good for. */
export const CERTIFICATE_NAMES = ['*.proxy.test', '*.github.proxy.test']

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'proxy-cert-'))
  try {
    const key = path.join(dir, 'key.pem')
    const cert = path.join(dir, 'cert.pem')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=proxy.test',
        '-addext',
        `subjectAltName=${CERTIFICATE_NAMES.map(name => `DNS:${name}`).join(',')}`,
        '-keyout',
        key,
        '-out',
        cert
      ],
      { stdio: 'ignore' }
    )
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

function listen(server: net.Server): Promise<number> {
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))
  )
}

/** The running proxy: its URL and what it carried. */
export class TestProxy {
  url = ''
  /** The PEM certificate the proxy ends TLS tunnels with (its own issuer). */
  certificate: Buffer = Buffer.alloc(0)
  /** CONNECT targets (`host:port`) in the order asked. */
  readonly tunnels: string[] = []
  readonly requests: ProxiedRequest[] = []
  private readonly sockets = new Set<net.Socket>()
  private readonly servers: net.Server[] = []
  // Inner-server connection (by its client-side port) -> the CONNECT target it carries.
  private readonly routes = new Map<number, { host: string; port: number }>()
  private plainPort = 0
  private tlsPort = 0

  private constructor() {}

  /** Starts the proxy and its inner servers on free ports. */
  static async start(): Promise<TestProxy> {
    const proxy = new TestProxy()
    const front = http.createServer((_request, response) => {
      // Only tunnels are expected; a plain proxied request would mean a client took another route.
      response.writeHead(405, 'CONNECT only').end()
    })
    front.on('connect', (request: http.IncomingMessage, socket: net.Socket, head: Buffer) =>
      proxy.tunnel(request, socket, head)
    )
    const handler =
      (tls: boolean) => (request: http.IncomingMessage, response: http.ServerResponse) =>
        proxy.forward(request, response, tls)
    const plain = http.createServer(handler(false))
    const identity = selfSignedCertificate()
    proxy.certificate = identity.cert
    const secure = https.createServer(identity, handler(true))
    for (const server of [front, plain, secure]) {
      proxy.servers.push(server)
      server.on('connection', (socket: net.Socket) => proxy.track(socket))
    }
    proxy.url = `http://127.0.0.1:${await listen(front)}`
    proxy.plainPort = await listen(plain)
    proxy.tlsPort = await listen(secure)
    return proxy
  }

  /** How many requests the proxy carried to `host` (all hosts when omitted). */
  count(host?: string): number {
    return this.requests.filter(request => host === undefined || request.host === host).length
  }

  /** Forgets what was carried so far. */
  reset(): void {
    this.tunnels.length = 0
    this.requests.length = 0
  }

  /** Stops the proxy, cutting open tunnels. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await Promise.all(this.servers.map(server => new Promise(done => server.close(done))))
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket)
    socket.once('close', () => this.sockets.delete(socket))
  }

  private tunnel(request: http.IncomingMessage, client: net.Socket, head: Buffer): void {
    this.track(client)
    const authority = request.url ?? ''
    this.tunnels.push(authority)
    // The port is after the last colon; tunnel agents send IPv6 hosts without brackets.
    const colon = authority.lastIndexOf(':')
    const target = {
      host: authority.slice(0, colon).replace(/^\[|\]$/g, ''),
      port: Number(authority.slice(colon + 1))
    }
    client.on('error', () => client.destroy())
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    const start = (first: Buffer): void => {
      // Hold what follows until the pipe below is in place, or it would flow away unread.
      client.pause()
      // A TLS handshake starts with a record of type 22.
      const upstream = net.connect(first[0] === 0x16 ? this.tlsPort : this.plainPort, '127.0.0.1')
      this.track(upstream)
      upstream.on('error', () => client.destroy())
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
      upstream.once('connect', () => {
        this.routes.set(upstream.localPort!, target)
        upstream.write(first)
        client.pipe(upstream).pipe(client)
      })
    }
    if (head.length > 0) start(head)
    else client.once('data', start)
  }

  private forward(
    request: http.IncomingMessage,
    response: http.ServerResponse,
    tls: boolean
  ): void {
    const target = this.routes.get(request.socket.remotePort ?? 0)
    if (!target) {
      response.writeHead(502, 'no tunnel for this connection').end()
      return
    }
    this.requests.push({
      host: target.host,
      port: target.port,
      method: request.method ?? '',
      path: request.url ?? '',
      tls
    })
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port: target.port,
        method: request.method,
        path: request.url,
        headers: request.headers
      },
      answer => {
        response.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers)
        answer.pipe(response)
      }
    )
    outgoing.on('error', () => response.destroy())
    request.pipe(outgoing)
  }
}
