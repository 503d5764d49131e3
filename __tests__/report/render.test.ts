import { DecisionLog } from '../../src/report/decisions.js'
import { escapeCell, renderSummary, renderText } from '../../src/report/render.js'

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
