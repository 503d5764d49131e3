import { DecisionLog } from '../../src/report/decisions.js'
import { escapeCell, renderSummary, renderText } from '../../src/report/render.js'
import { formatDuration, timingsJson } from '../../src/report/timings.js'

function sampleLog(): DecisionLog {
  const log = new DecisionLog()
  log.record({ gate: 'check', target: 'a.whl', decision: 'passed', reason: 'all rules met' })
  log.record({ gate: 'check', target: 'b|c.whl', decision: 'failed', reason: 'line one\nline two' })
  log.setOutput('decision', 'failed')
  log.setOutput('sha256', 'abc')
  return log
}

describe('renderSummary', () => {
  it('renders one table row per decision, with cells escaped', () => {
    const markdown = renderSummary(sampleLog(), 'vllm-cpu-publish: check', null)
    expect(markdown).toContain('| Gate | Target | Decision | Reason |')
    expect(markdown).toContain('| check | a.whl | ✅ passed | all rules met |')
    expect(markdown).toContain('| check | b\\|c.whl | ❌ failed | line one<br>line two |')
    expect(markdown).toContain('| `sha256` | abc |')
  })

  it('leads with the failure when there is one', () => {
    const markdown = renderSummary(sampleLog(), 'title', 'check gate failed: bad')
    expect(markdown.split('\n')[0]).toBe('## ❌ title')
    expect(markdown).toContain('**Failed:** check gate failed: bad')
  })

  it('escapes backslashes before pipes', () => {
    expect(escapeCell('a\\|b')).toBe('a\\\\\\|b')
  })
})

describe('renderText', () => {
  it('aligns columns and folds reasons to one line', () => {
    const lines = renderText(sampleLog()).split('\n')
    expect(lines[0]).toMatch(/^GATE\s+TARGET\s+DECISION\s+REASON$/)
    expect(lines[2]).toContain('line one line two')
    expect(lines).toHaveLength(3)
    expect(lines[1]!.indexOf('passed')).toBe(lines[0]!.indexOf('DECISION'))
  })
})

describe('DecisionLog', () => {
  it('keeps entries in order and filters by gate', () => {
    const log = sampleLog()
    log.record({ gate: 'publish', target: 'x', decision: 'uploaded', reason: '' })
    expect(log.entries().map(e => e.decision)).toEqual(['passed', 'failed', 'uploaded'])
    expect(log.entriesFor('publish')).toHaveLength(1)
  })

  it('lets a later output value replace an earlier one', () => {
    const log = sampleLog()
    log.setOutput('decision', 'passed')
    expect(log.outputs().get('decision')).toBe('passed')
  })
})

describe('timings', () => {
  function timedLog(): DecisionLog {
    const log = sampleLog()
    log.recordTiming({ step: 'build', ms: 1_834_200, outcome: 'built' })
    log.recordTiming({ step: 'verify', ms: 61_500, outcome: 'failed' })
    log.recordTiming({ step: 'publish', ms: 0, outcome: 'skipped' })
    log.setTotalTime(3_725_000)
    return log
  }

  it('formats durations for people', () => {
    expect(formatDuration(0)).toBe('0.0s')
    expect(formatDuration(430)).toBe('0.4s')
    expect(formatDuration(59_940)).toBe('59.9s')
    expect(formatDuration(1_834_200)).toBe('30m 34s')
    expect(formatDuration(3_723_000)).toBe('1h 02m 03s')
  })

  it('gives the timings output as JSON in seconds to a tenth, with the total', () => {
    const { steps, totalMs } = timedLog().timings()
    expect(JSON.parse(timingsJson(steps, totalMs))).toEqual({
      steps: [
        { step: 'build', seconds: 1834.2, outcome: 'built' },
        { step: 'verify', seconds: 61.5, outcome: 'failed' },
        { step: 'publish', seconds: 0, outcome: 'skipped' }
      ],
      total: 3725
    })
    // Without a measured total, the steps' sum stands in.
    expect(JSON.parse(timingsJson(steps, null)).total).toBe(1895.7)
  })

  it('adds a small time table to the summary, after the decisions, the failed step included', () => {
    const markdown = renderSummary(timedLog(), 'title', 'verify gate failed')
    const lines = markdown.split('\n')
    const header = lines.indexOf('| Step | Outcome | Time |')
    expect(header).toBeGreaterThan(lines.indexOf('| Gate | Target | Decision | Reason |'))
    expect(lines.slice(header, header + 6)).toEqual([
      '| Step | Outcome | Time |',
      '| --- | --- | --- |',
      '| build | 🛠️ built | 30m 34s |',
      '| verify | ❌ failed | 1m 02s |',
      '| publish | ⏭️ skipped | 0.0s |',
      '| **total** | | **1h 02m 05s** |'
    ])
  })

  it('prints the time table under the decisions on the terminal', () => {
    const lines = renderText(timedLog()).split('\n')
    expect(lines).toHaveLength(3 + 1 + 5)
    expect(lines[3]).toBe('')
    expect(lines[4]).toMatch(/^STEP\s+OUTCOME\s+TIME$/)
    expect(lines[5]).toMatch(/^build\s+built\s+30m 34s$/)
    expect(lines[6]).toMatch(/^verify\s+failed\s+1m 02s$/)
    expect(lines[8]).toMatch(/^total\s+1h 02m 05s$/)
  })

  it('shows no time table when nothing was timed', () => {
    expect(renderSummary(sampleLog(), 't', null)).not.toContain('| Step |')
  })
})

describe('report tables', () => {
  it('renders a gate table after the decisions, in Markdown and on the terminal', () => {
    const log = sampleLog()
    log.addTable({
      title: 'Plan',
      header: ['Variant', 'Plan'],
      rows: [
        ['vllm-cpu', 'build'],
        ['a|b', 'done']
      ]
    })
    const markdown = renderSummary(log, 'vllm-cpu-publish: plan', null)
    expect(markdown).toContain(
      '**Plan**\n\n| Variant | Plan |\n| --- | --- |\n| vllm-cpu | build |\n| a\\|b | done |'
    )
    expect(markdown.indexOf('**Plan**')).toBeGreaterThan(markdown.indexOf('| check | a.whl |'))
    expect(renderText(log)).toContain('\nPlan\nVariant   Plan\nvllm-cpu  build\na|b       done')
  })
})
