/**
 * `notify-url`: at the end of a pipeline, or of a release step that publishes the draft
 * (release-finalize), one JSON message says how the run ended. It is a courtesy, not a gate:
 * it never fails the run (an error, a timeout or a non-2xx answer is a warning and a row in
 * the report), it is sent once, after the outcome is known, and it never carries a secret:
 * every string in it passes through the logger's redaction, into which the run's tokens and
 * the webhook URL (whose path is itself a secret) are masked, so only its scheme and host are
 * ever printed.
 */
import type { GateContext } from '../gates/context.js'
import { runGate, setSwitch } from '../gates/hints.js'
import type { Settings } from '../settings.js'
import { notificationBody, outcomeOf, type RunFailure } from './message.js'
import { postJson } from './send.js'

/** A path shorter than this is not masked on its own: `/` or `/hook` would hide ordinary text. */
const MIN_SECRET_PATH = 8

/** True when this run's gate ends with a notification. */
export function notifies(settings: Settings): boolean {
  return settings.gate === 'pipeline' || (settings.gate === 'release' && settings.releaseFinalize)
}

/** The secrets a notification must not carry: every token of the run and the webhook's own. */
export function notificationSecrets(settings: Settings, context: GateContext): string[] {
  const secrets = [
    settings.token,
    settings.testToken,
    settings.githubToken,
    ...Object.values(context.env.tokens)
  ].filter((secret): secret is string => Boolean(secret))
  if (settings.notifyUrl) secrets.push(settings.notifyUrl, ...webhookSecrets(settings.notifyUrl))
  return secrets
}

/** The parts of a webhook URL that are secrets on their own: its path and query, credentials. */
export function webhookSecrets(notifyUrl: string): string[] {
  const url = new URL(notifyUrl)
  const secrets: string[] = []
  const pathAndQuery = url.pathname + url.search
  if (pathAndQuery.length >= MIN_SECRET_PATH) secrets.push(pathAndQuery)
  if (url.pathname.length >= MIN_SECRET_PATH) secrets.push(url.pathname)
  if (url.password) secrets.push(decodeURIComponent(url.password))
  if (url.username) secrets.push(decodeURIComponent(url.username))
  return secrets
}

/** Deep copy of `value` with every string passed through `redact` (keys are ours, not data). */
export function redactStrings<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T
  if (Array.isArray(value)) return value.map(item => redactStrings(item, redact)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)])
    ) as T
  }
  return value
}

/**
 * Sends the run's outcome to notify-url when the gate calls for it; records what came of it in
 * the log (a `warning` row when it was not delivered). Never throws.
 */
export async function notifyOutcome(
  settings: Settings,
  context: GateContext,
  failure: RunFailure | null
): Promise<void> {
  const { log, logger } = context
  if (!settings.notifyUrl) return
  const url = new URL(settings.notifyUrl)
  const where = `${url.protocol}//${url.host}`
  // Masked into the logger, whose redaction then covers these and every secret the run minted
  // (trusted-publishing tokens) alike.
  for (const secret of notificationSecrets(settings, context)) logger.mask(secret)
  const redact = (text: string): string => logger.redact(text)
  if (!notifies(settings)) {
    logger.info(
      `notify-url is used by ${runGate(context.audience, 'pipeline')} and by ${runGate(context.audience, 'release')} with ${setSwitch(context.audience, 'release-finalize')}; this ${settings.gate} step sends nothing.`
    )
    return
  }
  const record = (decision: 'passed' | 'warning' | 'dry-run', reason: string): void =>
    log.record({ gate: settings.gate, target: `notify ${where}`, decision, reason })
  if (settings.dryRun) {
    record('dry-run', 'would send the outcome; a dry run sends nothing')
    return
  }
  try {
    const outcome = outcomeOf(settings, log, context.env, failure, redact)
    const body = redactStrings(notificationBody(outcome), redact)
    logger.info(`Sending the outcome to ${where} (the rest of the webhook URL is a secret).`)
    const result = await postJson(
      url,
      JSON.stringify(body),
      settings.notifyTimeoutSeconds * 1000,
      redact
    )
    if (result.ok) {
      record('passed', `outcome sent (HTTP ${result.status})`)
      return
    }
    const problem = redact(result.problem)
    logger.warning(
      `The notification to ${where} was not delivered: ${problem}. The run's own result stands.`
    )
    record('warning', `not delivered: ${problem}; the run's own result stands`)
  } catch (error) {
    // Building or sending the message must never turn a run's result around.
    const problem = redact(error instanceof Error ? error.message : String(error))
    logger.warning(`The notification to ${where} was not sent: ${problem}.`)
    record('warning', `not sent: ${problem}; the run's own result stands`)
  }
}
