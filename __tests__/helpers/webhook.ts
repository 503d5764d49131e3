/**
 * A local stand-in for a JSON webhook (Slack's incoming webhooks answer 200 `ok`): it keeps
 * every request it receives, and can instead answer 500 or never answer at all.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the webhook received. */
export interface Received {
  readonly method: string
  readonly path: string
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

/** How the webhook answers. */
export type WebhookMode = 'ok' | 'error' | 'silent'

/** A webhook on 127.0.0.1 and a random port. */
export class WebhookServer {
  readonly received: Received[] = []
  mode: WebhookMode = 'ok'
  /** What an `error` answer says (a webhook may echo what it was sent, secrets and all). */
  errorAnswer = 'rollup_error'
  private readonly held: http.ServerResponse[] = []

  private constructor(
    private readonly server: http.Server,
    /** http://127.0.0.1:PORT */
    readonly origin: string
  ) {}

  /** Starts the server. */
  static async start(): Promise<WebhookServer> {
    let webhook: WebhookServer | null = null
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => webhook!.answer(request, response, Buffer.concat(chunks)))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    webhook = new WebhookServer(server, `http://127.0.0.1:${port}`)
    return webhook
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse, body: Buffer): void {
    this.received.push({
      method: request.method ?? '',
      path: request.url ?? '',
      headers: request.headers,
      body: body.toString('utf8')
    })
    if (this.mode === 'silent') {
      this.held.push(response)
      return
    }
    if (this.mode === 'error') {
      response.writeHead(500, { 'Content-Type': 'text/plain' })
      response.end(this.errorAnswer)
      return
    }
    response.writeHead(200, { 'Content-Type': 'text/plain' })
    response.end('ok')
  }

  /** The JSON bodies received, parsed. */
  bodies(): Record<string, unknown>[] {
    return this.received.map(r => JSON.parse(r.body) as Record<string, unknown>)
  }

  /** Stops the server, dropping held requests. */
  async stop(): Promise<void> {
    for (const response of this.held) response.destroy()
    this.server.closeAllConnections()
    await new Promise(resolve => this.server.close(resolve))
  }
}
