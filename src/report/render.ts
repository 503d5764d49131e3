/**
 * Renders the decision log once, at the end of a run: a Markdown job summary for the
 * Actions UI and a plain-text table for the terminal. Pure functions of the log.
 */
import type { DecisionEntry, DecisionLog, ReportTable } from './decisions.js'
import { formatDuration } from './timings.js'

const DECISION_MARKS: Record<string, string> = {
  passed: '✅',
  verified: '✅',
  uploaded: '⬆️',
  built: '🛠️',
  reused: '♻️',
  created: '🆕',
  updated: '⬆️',
  published: '📦',
  unchanged: '➖',
  'skipped-identical': '➖',
  skipped: '⏭️',
  'dry-run': '🔍',
  warning: '⚠️',
  failed: '❌',
  conflict: '⛔',
  closed: '🔒',
  build: '🛠️',
  publish: '⬆️',
  'release-only': '📦',
  done: '✅'
}

/** Escapes text for one Markdown table cell (pipes and newlines would break the row). */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

/** The job summary: a heading with the overall result, then one table row per decision. */
export function renderSummary(log: DecisionLog, title: string, failure: string | null): string {
  const lines: string[] = []
  lines.push(`## ${failure ? '❌' : '✅'} ${escapeCell(title)}`, '')
  if (failure) lines.push('**Failed:** ' + failure.replace(/\r?\n/g, '  \n'), '')
  const plan = log.planned()
  if (plan.length > 0) {
    lines.push('**Plan** (decided before the first write):', '')
    for (const row of plan) lines.push(`- **${escapeCell(row.step)}**: ${escapeCell(row.action)}`)
    lines.push('')
  }
  const rows = log.entries()
  if (rows.length > 0) {
    lines.push('| Gate | Target | Decision | Reason |', '| --- | --- | --- | --- |')
    for (const row of rows) lines.push(renderRow(row))
    lines.push('')
  }
  for (const table of log.tables()) lines.push(...renderTable(table), '')
  lines.push(...renderTimings(log))
  const outputs = [...log.outputs()]
  if (outputs.length > 0) {
    lines.push('<details><summary>Step outputs</summary>', '')
    lines.push('| Output | Value |', '| --- | --- |')
    for (const [name, value] of outputs) lines.push(`| \`${name}\` | ${escapeCell(value)} |`)
    lines.push('', '</details>', '')
  }
  return lines.join('\n')
}

function renderRow(row: DecisionEntry): string {
  const mark = DECISION_MARKS[row.decision] ?? ''
  return `| ${row.gate} | ${escapeCell(row.target)} | ${mark} ${row.decision} | ${escapeCell(row.reason)} |`
}

/**
 * Where the run's time went: a small table of its own after the decisions (a step has many
 * decision rows but one time), with the whole run's time last. Nothing when nothing was timed.
 */
function renderTimings(log: DecisionLog): string[] {
  const { steps, totalMs } = log.timings()
  if (steps.length === 0) return []
  const lines = ['| Step | Outcome | Time |', '| --- | --- | --- |']
  for (const step of steps) {
    const mark = DECISION_MARKS[step.outcome] ?? ''
    const outcome = `${mark} ${escapeCell(step.outcome)}`.trim()
    lines.push(`| ${escapeCell(step.step)} | ${outcome} | ${formatDuration(step.ms)} |`)
  }
  if (totalMs !== null) lines.push(`| **total** | | **${formatDuration(totalMs)}** |`)
  return [...lines, '']
}

/** A gate's own table (the plan gate's plan) in Markdown, under its title. */
function renderTable(table: ReportTable): string[] {
  return [
    `**${escapeCell(table.title)}**`,
    '',
    `| ${table.header.map(escapeCell).join(' | ')} |`,
    `| ${table.header.map(() => '---').join(' | ')} |`,
    ...table.rows.map(row => `| ${row.map(escapeCell).join(' | ')} |`)
  ]
}

/** Aligned plain-text columns, the last one unpadded. */
function columns(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) =>
    Math.min(60, Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)))
  )
  const format = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')
  return [format(header), ...rows.map(format)]
}

/**
 * The same tables for a terminal: aligned columns, no Markdown; a gate's own tables and the
 * timings each after a blank line.
 */
export function renderText(log: DecisionLog): string {
  const rows = log.entries().map(r => [r.gate, r.target, r.decision, r.reason.replace(/\s+/g, ' ')])
  const lines = columns(['GATE', 'TARGET', 'DECISION', 'REASON'], rows)
  for (const table of log.tables()) {
    lines.push(
      '',
      table.title,
      ...columns(
        table.header,
        table.rows.map(row => row.map(cell => cell.replace(/\s+/g, ' ')))
      )
    )
  }
  const { steps, totalMs } = log.timings()
  if (steps.length > 0) {
    const timed = steps.map(s => [s.step, s.outcome, formatDuration(s.ms)])
    if (totalMs !== null) timed.push(['total', '', formatDuration(totalMs)])
    lines.push('', ...columns(['STEP', 'OUTCOME', 'TIME'], timed))
  }
  return lines.join('\n')
}
