/**
 * The job-by-job workflow runner's own rules (test infrastructure, so its mistakes would hide
 * the workflow's): the order of jobs, the matrix, expressions and `if:` as GitHub reads them,
 * and GITHUB_OUTPUT as the runner parses it.
 */
import { describe, expect, it } from '@jest/globals'
import { parseOutputFile } from './helpers/action-step.js'
import { condition, interpolate } from './helpers/workflow/expressions.js'
import { expandMatrix, jobOrder } from './helpers/workflow/runner.js'

const ok = { success: true, failure: false }
const failed = { success: false, failure: true }

describe('the workflow runner', () => {
  it('orders jobs after what they need and refuses cycles and unknown needs', () => {
    expect(jobOrder({ c: { needs: ['a', 'b'] }, b: { needs: 'a' }, a: {} })).toEqual([
      'a',
      'b',
      'c'
    ])
    expect(() => jobOrder({ a: { needs: 'b' }, b: { needs: 'a' } })).toThrow(/cycle/)
    expect(() => jobOrder({ a: { needs: 'x' } })).toThrow(/unknown job x/)
  })

  it('expands a matrix with include and exclude as GitHub does', () => {
    expect(
      expandMatrix({
        variant: ['a', 'b'],
        arch: ['x', 'y'],
        exclude: [{ variant: 'b', arch: 'y' }]
      })
    ).toEqual([
      { variant: 'a', arch: 'x' },
      { variant: 'a', arch: 'y' },
      { variant: 'b', arch: 'x' }
    ])
    expect(
      expandMatrix({ variant: ['a'], include: [{ variant: 'a', runner: 'r1' }, { variant: 'z' }] })
    ).toEqual([{ variant: 'a', runner: 'r1' }, { variant: 'z' }])
    expect(expandMatrix(undefined)).toEqual([{}])
  })

  it('keeps the type of a whole expression and makes text of embedded ones', () => {
    const contexts = {
      inputs: { variants: '["a","b"]', flag: true },
      needs: { plan: { outputs: { v: '1.0' } } }
    }
    expect(interpolate('${{ fromJSON(inputs.variants) }}', contexts, ok)).toEqual(['a', 'b'])
    expect(interpolate('wheel-${{ needs.plan.outputs.v }}-${{ inputs.flag }}', contexts, ok)).toBe(
      'wheel-1.0-true'
    )
    expect(interpolate('${{ needs.plan.outputs.missing }}', contexts, ok)).toBe(null)
    expect(interpolate({ a: ['${{ inputs.flag }}'] }, contexts, ok)).toEqual({ a: [true] })
  })

  it('reads if: with an implicit success() unless a status function is named', () => {
    const contexts = { inputs: { publish: true }, needs: { v: { result: 'failure' } } }
    expect(condition(undefined, contexts, ok)).toBe(true)
    expect(condition(undefined, contexts, failed)).toBe(false)
    expect(condition('inputs.publish', contexts, ok)).toBe(true)
    expect(condition('inputs.publish', contexts, failed)).toBe(false)
    expect(condition("${{ !cancelled() && needs.v.result == 'failure' }}", contexts, failed)).toBe(
      true
    )
    expect(condition('always()', contexts, failed)).toBe(true)
  })

  it('parses GITHUB_OUTPUT lines and delimited blocks', () => {
    expect(parseOutputFile('a=1\nb<<ghadelimiter_1\nline one\nline=two\nghadelimiter_1\n')).toEqual(
      {
        a: '1',
        b: 'line one\nline=two'
      }
    )
    expect(() => parseOutputFile('b<<EOF\nno end\n')).toThrow(/not closed/)
  })
})
