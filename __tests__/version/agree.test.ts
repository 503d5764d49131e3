/**
 * The agreement rule on votes written out by hand: which source is the reference, what counts
 * as a disagreement, and the table that shows the vote.
 */
import { describe, expect, it } from '@jest/globals'
import { agree, judge, renderSourceTable, type SourceVote } from '../../src/version/agree.js'
import type { SourceOutcome, VersionSourceName } from '../../src/version/types.js'

const found = (version: string, detail = 'here', extra: Partial<SourceOutcome> = {}) =>
  ({ found: true, version, detail, ...extra }) as SourceOutcome
const none = (reason = 'nothing'): SourceOutcome => ({ found: false, reason })

function votes(
  input: SourceOutcome,
  wheel: SourceOutcome,
  git: SourceOutcome = none(),
  installed: SourceOutcome = none()
): SourceVote[] {
  const names: VersionSourceName[] = ['input', 'wheel', 'git', 'installed']
  return [input, wheel, git, installed].map((outcome, i) => ({ name: names[i]!, outcome }))
}

const statuses = (verdict: ReturnType<typeof agree>) => verdict.sources.map(s => s.status)

describe('agree', () => {
  it('takes the normalised version of the first source that found one', () => {
    const verdict = agree(votes(none(), found('0.7.0RC1'), found('v0.7.0rc1')))
    expect(verdict).toMatchObject({ agreed: true, version: '0.7.0rc1', source: 'wheel' })
    expect(statuses(verdict)).toEqual(['unavailable', 'reference', 'agrees', 'unavailable'])
  })

  it('agrees across spellings that normalise to the same string', () => {
    const verdict = agree(votes(found('v0.7.0-RC1'), found('0.7.0rc1'), none(), found('0.7.0.rc1')))
    expect(verdict).toMatchObject({ agreed: true, version: '0.7.0rc1', source: 'input' })
    expect(statuses(verdict)).toEqual(['reference', 'agrees', 'unavailable', 'agrees'])
  })

  it('fails when public versions differ, with the table and the hint', () => {
    const verdict = agree(votes(found('0.6.3', 'the version input'), found('0.6.4', 'w.whl')))
    expect(verdict.agreed).toBe(false)
    if (verdict.agreed) return
    const lines = verdict.message.split('\n')
    expect(lines[0]).toBe('Version sources disagree (wheel against input):')
    expect(lines[1]).toMatch(/^source +value +status +detail$/)
    expect(lines[3]).toMatch(
      /^wheel +0\.6\.4 +DIFFERS +w\.whl; public version 0\.6\.4 differs from 0\.6\.3 \(input\)$/
    )
    expect(verdict.hint).toContain("PyPI rejects local labels such as '+cpu'.")
  })

  it('treats versions equal under PEP 440 but spelled differently as a disagreement', () => {
    const verdict = agree(votes(found('0.6.3'), found('0.6.3.0')))
    expect(verdict.agreed).toBe(false)
    expect(verdict.sources[1]?.detail).toContain(
      '0.6.3.0 is spelled differently from 0.6.3 (input): equal under PEP 440'
    )
  })

  it('requires the same local label from every source that can carry one', () => {
    const differs = agree(votes(found('0.6.3'), found('0.6.3+cpu')))
    expect(differs.sources[1]?.detail).toContain("local label '+cpu', input has no local label")
    const same = agree(votes(none(), found('0.6.3+CPU'), found('v0.6.3'), found('0.6.3+cpu')))
    expect(same).toMatchObject({ agreed: true, version: '0.6.3+cpu' })
    expect(statuses(same)).toEqual(['unavailable', 'reference', 'agrees', 'agrees'])
  })

  it('lets a tag without a label agree with a labelled reference, and the reverse', () => {
    expect(agree(votes(none(), found('0.6.3+cpu'), found('v0.6.3'))).agreed).toBe(true)
    expect(agree(votes(none(), none(), found('v0.6.3'), found('0.6.3+cpu'))).agreed).toBe(true)
  })

  it('takes a commit past the tag as a disagreement, unless the input names that version', () => {
    const past = found('v0.6.3', 'git describe', { commitsPastTag: 5 })
    const alone = agree(votes(none(), found('0.6.3'), past))
    expect(alone.sources[2]?.detail).toContain(
      'HEAD is 5 commit(s) past the tag, so it is not 0.6.3'
    )
    expect(alone.agreed).toBe(false)

    const confirmed = agree(votes(found('0.6.3'), found('0.6.3'), past))
    expect(confirmed.agreed).toBe(true)
    expect(confirmed.sources[2]?.detail).toContain('accepted because the version input says 0.6.3')

    const other = agree(votes(found('0.6.4'), none(), past))
    expect(other.sources[2]?.detail).toContain('public version 0.6.3 differs from 0.6.4 (input)')
    expect(other.sources[2]?.detail).toContain('HEAD is 5 commit(s) past the tag')
  })

  it('names every invalid version before judging agreement', () => {
    const verdict = agree(votes(found('latest'), found('0.6.3'), found('0.6.x')))
    expect(verdict.agreed).toBe(false)
    if (verdict.agreed) return
    expect(verdict.message).toMatch(/^Not a PEP 440 version: input 'latest', git '0\.6\.x'\n/)
    expect(statuses(verdict)).toEqual(['invalid', 'reference', 'invalid', 'unavailable'])
    expect(verdict.hint).toContain('0.7.0rc1 (PEP 440)')
  })

  it('fails when no source found a version, saying why for each', () => {
    const verdict = agree(votes(none('a'), none('b'), none('c'), none('d')))
    expect(verdict.agreed).toBe(false)
    if (verdict.agreed) return
    expect(verdict.message).toMatch(/^No version found: no source had one\n/)
    expect(verdict.message.match(/unavailable/g)).toHaveLength(4)
  })
})

describe('judge', () => {
  it('shows the display form when a source has one', () => {
    const [git] = judge([
      { name: 'git', outcome: found('v0.6.3', 'd', { display: '0.6.3 + 1 commit (gabc)' }) }
    ])
    expect(git).toMatchObject({ value: '0.6.3 + 1 commit (gabc)', version: '0.6.3' })
  })
})

describe('renderSourceTable', () => {
  it('lines up its columns and shows a missing value as -', () => {
    const table = renderSourceTable([
      { name: 'input', value: '0.6.3', version: '0.6.3', detail: 'a', status: 'reference' },
      { name: 'installed', value: null, version: null, detail: 'b', status: 'unavailable' }
    ])
    const [head, first, second] = table.split('\n')
    expect(head?.indexOf('status')).toBe(first?.indexOf('reference'))
    expect(first?.indexOf('reference')).toBe(second?.indexOf('unavailable'))
    expect(second?.indexOf('-')).toBe(head?.indexOf('value'))
    expect(table).not.toMatch(/ $/m)
  })
})
