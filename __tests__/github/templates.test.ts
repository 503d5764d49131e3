import { describe, expect, it } from '@jest/globals'
import {
  DEFAULT_TAG_TEMPLATE,
  DEFAULT_TITLE_TEMPLATE,
  renderTemplate,
  tagProblem
} from '../../src/github/templates.js'

const values = { version: '0.6.3.post1', variant: 'avx2', package: 'vllm-cpu-avx2' }

describe('release templates', () => {
  it('fill the defaults and every placeholder', () => {
    expect(renderTemplate('release-tag', DEFAULT_TAG_TEMPLATE, values)).toBe('v0.6.3.post1-avx2')
    expect(renderTemplate('release-title', DEFAULT_TITLE_TEMPLATE, values)).toBe(
      'vLLM CPU v0.6.3.post1 (avx2)'
    )
    expect(renderTemplate('release-tag', '{package}@{version}/{variant}', values)).toBe(
      'vllm-cpu-avx2@0.6.3.post1/avx2'
    )
  })

  it('refuse unknown placeholders, naming the input', () => {
    expect(() => renderTemplate('release-title', 'v{Version}', values)).toThrow(
      "Unknown placeholder {Version} in release-title 'v{Version}'."
    )
  })

  it('check tags against git ref name rules', () => {
    expect(tagProblem('v0.6.3-avx2')).toBeNull()
    expect(tagProblem('release/v1')).toBeNull()
    for (const bad of [
      '',
      'v 1',
      'v1..2',
      'v1~',
      'a:b',
      '-v1',
      'v1/',
      'v1.',
      'x/.y',
      'v.lock',
      'a@{b',
      'a\tb'
    ]) {
      expect(tagProblem(bad)).not.toBeNull()
    }
  })
})
