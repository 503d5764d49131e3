/**
 * A real pypiserver from the test venv on 127.0.0.1, uploads enabled: started by a test,
 * stopped by it. Authenticated (`__token__` + a token, htpasswd made with passlib) or open.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { runPython, testPython } from './python.js'

/** A running pypiserver. */
export interface PypiServer {
  /** Base URL with trailing slash; also the upload URL. */
  readonly url: string
  readonly simpleUrl: string
  /** Directory the server stores packages in. */
  readonly packages: string
  /** The token accepted for `__token__`, or null for an open server. */
  readonly token: string | null
  /** Everything the server printed, for diagnosing a failing test. */
  output(): string
  stop(): Promise<void>
}

/** A free TCP port on 127.0.0.1, from the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  log: () => string
): Promise<void> {
  const deadline = Date.now() + 20000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pypiserver exited early:\n${log()}`)
    try {
      const response = await fetch(url)
      await response.body?.cancel()
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error(`pypiserver did not answer at ${url}:\n${log()}`)
}

/** Starts pypiserver; `token` null makes it accept uploads without authentication. */
export async function startPypiServer(
  options: { token?: string | null } = {}
): Promise<PypiServer> {
  const token = options.token === undefined ? 'pypi-test-token-0123456789' : options.token
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'pypiserver-'))
  const packages = path.join(root, 'packages')
  await fs.mkdir(packages)
  const args = ['-m', 'pypiserver', 'run', '-i', '127.0.0.1', '--disable-fallback']
  if (token) {
    const htpasswd = path.join(root, 'htpasswd')
    runPython([
      '-c',
      'import sys\nfrom passlib.apache import HtpasswdFile\nh = HtpasswdFile(sys.argv[1], new=True)\nh.set_password("__token__", sys.argv[2])\nh.save()',
      htpasswd,
      token
    ])
    args.push('-a', 'update', '-P', htpasswd)
  } else {
    args.push('-a', '.', '-P', '.')
  }
  const port = await freePort()
  args.push('-p', String(port), packages)
  const child = spawn(testPython(), args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}/`
  try {
    await waitUntilAnswering(`${url}simple/`, child, () => output)
  } catch (error) {
    child.kill('SIGKILL')
    await fs.rm(root, { recursive: true, force: true })
    throw error
  }
  return {
    url,
    simpleUrl: `${url}simple/`,
    packages,
    token,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise(resolve => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      await fs.rm(root, { recursive: true, force: true })
    }
  }
}
