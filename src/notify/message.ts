/**
 * The one message a finished run sends to `notify-url`. Slack's incoming webhooks read `text`
 * (mrkdwn: `*bold*`, `<url|label>`, and `&`, `<`, `>` written as entities); the same body
 * carries `vllm_cpu_publish`, the structured outcome, for any other consumer of JSON. Slack
 * documents no use for other top-level keys, and its message `metadata` takes flat values
 * only, so the structured part is a key of its own. Pure: a function of the finished run.
 */
import type { RunEnvironment } from '../environment.js'
import type { DecisionEntry, DecisionLog } from '../report/decisions.js'
import { formatDuration, type TimingsJson } from '../report/timings.js'
import type { Settings } from '../settings.js'
import { indexPage, runPage } from './links.js'

/** Pipeline steps, in order, whose `<step>-decision` outputs the message reports. */
const STEPS = ['build', 'check', 'test-publish', 'verify', 'publish', 'release'] as const

/** Decisions after which the file is on the index the step published to. */
const ON_INDEX = ['uploaded', 'skipped-identical']

/** Decisions that mean a step failed. */
const FAILED = ['failed', 'conflict', 'closed']

/** More decision rows than this are cut (a body stays well under any webhook's size limit). */
export const MAX_DECISIONS = 200

/** Longest failure reason the message quotes. */
const MAX_REASON = 1500

/** How the run ended, as main and the command line know it. */
export interface RunFailure {
  /** The gate that failed (the pipeline names the step's gate). */
  readonly gate: string
  /** The full message the run failed with. */
  readonly message: string
}

/** A link in the message. */
export interface Link {
  readonly label: string
  readonly url: string
}

/** The structured part of the message: `vllm_cpu_publish` in the body. */
export interface Outcome {
  readonly gate: string
  /** passed or failed (dry-run runs send nothing). */
  readonly status: 'passed' | 'failed'
  /** The run's `decision` output. */
  readonly decision: string
  readonly package: string
  readonly version: string | null
  readonly variant: string
  /** `<step>-decision` of each pipeline step; empty for a single gate. */
  readonly steps: Readonly<Record<string, string>>
  /** The failing step and why; null when the run passed. */
  readonly failure: { readonly step: string; readonly reason: string } | null
  readonly links: {
    readonly release: string | null
    readonly indexes: readonly (Link & { readonly index: 'production' | 'test' })[]
    readonly run: string | null
  }
  readonly decisions: readonly DecisionEntry[]
  /** Rows left out past MAX_DECISIONS. */
  readonly decisionsLeftOut: number
  readonly timings: TimingsJson | null
}

/** The whole body: Slack's `text` and the structured outcome. */
export interface NotificationBody {
  readonly text: string
  readonly vllm_cpu_publish: Outcome
}

/** Escapes Slack's three control characters in text that is not markup. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function parseTimings(value: string | undefined): TimingsJson | null {
  if (!value) return null
  try {
    return JSON.parse(value) as TimingsJson
  } catch {
    return null
  }
}

/** The step a failed run stopped at: the pipeline step that failed, else the gate. */
function failedStep(steps: Readonly<Record<string, string>>, failure: RunFailure): string {
  return (
    Object.entries(steps).find(([, decision]) => FAILED.includes(decision))?.[0] ?? failure.gate
  )
}

/**
 * The structured outcome of a finished run. The failure's reason passes through `redact` whole
 * before it is shortened: a secret cut first would leave a part no redactor knows.
 */
export function outcomeOf(
  settings: Settings,
  log: DecisionLog,
  env: RunEnvironment,
  failure: RunFailure | null,
  redact: (text: string) => string
): Outcome {
  const outputs = log.outputs()
  const version = outputs.get('version') || settings.version
  const name = outputs.get('package-name') || settings.packageName
  const steps: Record<string, string> = {}
  if (settings.gate === 'pipeline') {
    for (const step of STEPS) {
      const decision = outputs.get(`${step}-decision`)
      if (decision !== undefined) steps[step] = decision
    }
  }
  const indexes: (Link & { index: 'production' | 'test' })[] = []
  if (version) {
    // A page is linked only where this run put the file, or found it already there.
    const places = [
      ['test', 'test-publish', settings.testRepository, settings.testIndexUrl],
      ['production', 'publish', settings.repository, settings.indexUrl]
    ] as const
    for (const [index, step, repository, indexUrl] of places) {
      const there =
        settings.gate === 'pipeline' ? ON_INDEX.includes(steps[step] ?? '') : index === 'production'
      const url = there ? indexPage(repository, indexUrl, name, version) : null
      if (url) indexes.push({ index, label: `${name} ${version} (${index} index)`, url })
    }
  }
  const rows = log.entries()
  return {
    gate: settings.gate,
    status: failure ? 'failed' : 'passed',
    decision: outputs.get('decision') ?? (failure ? 'failed' : 'passed'),
    package: name,
    version: version ?? null,
    variant: settings.variant,
    steps,
    failure: failure
      ? { step: failedStep(steps, failure), reason: shorten(redact(failure.message), MAX_REASON) }
      : null,
    links: { release: outputs.get('release-url') || null, indexes, run: runPage(env) },
    decisions: rows.slice(0, MAX_DECISIONS),
    decisionsLeftOut: Math.max(0, rows.length - MAX_DECISIONS),
    timings: parseTimings(outputs.get('timings'))
  }
}

/** The human summary for Slack's `text` (mrkdwn). */
export function summaryText(outcome: Outcome): string {
  const what = `${outcome.package}${outcome.version ? ` ${outcome.version}` : ''}`
  const lines: string[] = []
  if (outcome.failure) {
    lines.push(
      `❌ *vllm-cpu-publish ${outcome.gate} failed* at *${escapeMrkdwn(outcome.failure.step)}*: ${escapeMrkdwn(what)}`,
      `> ${escapeMrkdwn(outcome.failure.reason).replace(/\n/g, '\n> ')}`
    )
  } else {
    lines.push(`✅ *vllm-cpu-publish ${outcome.gate} ${outcome.decision}*: ${escapeMrkdwn(what)}`)
  }
  const times = new Map((outcome.timings?.steps ?? []).map(t => [t.step, t.seconds]))
  const time = (step: string): string =>
    times.has(step) ? ` (${formatDuration((times.get(step) ?? 0) * 1000)})` : ''
  if (Object.keys(outcome.steps).length > 0) {
    for (const [step, decision] of Object.entries(outcome.steps)) {
      lines.push(`• ${step}: ${escapeMrkdwn(decision)}${time(step)}`)
    }
  } else {
    for (const row of outcome.decisions.slice(0, 20)) {
      lines.push(`• ${escapeMrkdwn(row.target)}: ${escapeMrkdwn(row.decision)}`)
    }
    if (outcome.timings) lines.push(`• time: ${formatDuration(outcome.timings.total * 1000)}`)
  }
  const links: string[] = []
  if (outcome.links.release) links.push(`<${outcome.links.release}|release>`)
  for (const index of outcome.links.indexes)
    links.push(`<${index.url}|${escapeMrkdwn(index.label)}>`)
  if (outcome.links.run) links.push(`<${outcome.links.run}|workflow run>`)
  if (links.length > 0) lines.push(links.join(' · '))
  return lines.join('\n')
}

/** The body to POST: Slack's text and the structured outcome. */
export function notificationBody(outcome: Outcome): NotificationBody {
  return { text: summaryText(outcome), vllm_cpu_publish: outcome }
}
