/**
 * The run environment: parsed once from the variables GitHub (or a shell) gives, and the only
 * place under src/ that reads process.env.
 */
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseEnvironment } from '../src/environment.js'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** A module's code without its comments (a comment may name process.env to say who reads it). */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
}

describe('parseEnvironment', () => {
  it('reads an Actions job', () => {
    const env = parseEnvironment({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: '/home/runner/work/r/r',
      RUNNER_TEMP: '/home/runner/work/_temp',
      GITHUB_REPOSITORY: 'octo/vllm-cpu',
      GITHUB_RUN_ID: '1234567890',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_API_URL: 'https://ghes.test/api/v3',
      GITHUB_SERVER_URL: 'https://ghes.test',
      GITHUB_STEP_SUMMARY: '/tmp/summary',
      PATH: '/usr/bin:/bin',
      RUNNER_DEBUG: '1',
      https_proxy: 'http://proxy.test:3128',
      HTTP_PROXY: 'http://proxy.test:3129',
      no_proxy: 'internal.test',
      PYPI_TOKEN: 'pypi-x',
      TEST_PYPI_TOKEN: 'pypi-y',
      GITHUB_TOKEN: 'ghs_z'
    })
    expect(env).toMatchObject({
      inActions: true,
      workspace: '/home/runner/work/r/r',
      tempDir: '/home/runner/work/_temp',
      repository: 'octo/vllm-cpu',
      runId: 1234567890,
      sha: 'a'.repeat(40),
      apiUrl: 'https://ghes.test/api/v3',
      serverUrl: 'https://ghes.test',
      stepSummary: '/tmp/summary',
      path: '/usr/bin:/bin',
      debug: true,
      noColor: false,
      proxy: {
        http: 'http://proxy.test:3129',
        https: 'http://proxy.test:3128',
        noProxy: 'internal.test'
      },
      tokens: { pypi: 'pypi-x', testPypi: 'pypi-y', github: 'ghs_z' }
    })
    expect(Object.isFrozen(env)).toBe(true)
  })

  it('knows whether the job can mint an OIDC token (trusted publishing)', () => {
    expect(parseEnvironment({ GITHUB_ACTIONS: 'true' }).oidc).toBe(false)
    expect(
      parseEnvironment({
        GITHUB_ACTIONS: 'true',
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.test/',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token'
      }).oidc
    ).toBe(true)
  })

  it('has defaults for a shell outside Actions', () => {
    const env = parseEnvironment({ PATH: '/bin', NO_COLOR: '1', GITHUB_RUN_ID: 'not-a-number' })
    expect(env).toMatchObject({
      inActions: false,
      workspace: '',
      tempDir: os.tmpdir(),
      repository: '',
      runId: null,
      apiUrl: 'https://api.github.com',
      serverUrl: 'https://github.com',
      stepSummary: '',
      debug: false,
      noColor: true,
      proxy: { http: '', https: '', noProxy: '' },
      tokens: { pypi: '', testPypi: '', github: '' }
    })
  })

  it('keeps the variables child processes inherit', () => {
    const env = parseEnvironment({ PATH: '/bin', HOME: '/root' })
    expect(env.variables).toEqual({ PATH: '/bin', HOME: '/root' })
  })
})

describe('process.env', () => {
  it('is read by src/environment.ts and by no other file under src/', () => {
    const readers = sourceFiles(path.resolve('src'))
      .filter(file => /process\s*(\.\s*env\b|\[\s*['"`]env['"`]\s*\])/.test(code(file)))
      .map(file => path.relative(path.resolve('src'), file))
    expect(readers).toEqual(['environment.ts'])
  })
})
