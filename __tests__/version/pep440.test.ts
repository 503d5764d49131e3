/**
 * PEP 440 wrapper against the oracle: packaging.version.Version from the test venv, asked
 * once per property group (JSON in, JSON out) about thousands of seeded random strings.
 */
import { describe, expect, it } from '@jest/globals'
import pep440 from '@renovatebot/pep440'
import { runPython } from '../helpers/python.js'
import {
  InvalidVersionError,
  compareVersions,
  isNormalizedVersion,
  isPrerelease,
  isValidVersion,
  localLabel,
  normalizeVersion,
  publicVersion,
  requireNormalVersion
} from '../../src/version/pep440.js'

// mulberry32: small, seeded, the same sequence on every run and machine.
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

class Gen {
  constructor(private readonly random: () => number) {}
  int(max: number): number {
    return Math.floor(this.random() * max)
  }
  chance(p: number): boolean {
    return this.random() < p
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1)
      ;[items[i], items[j]] = [items[j] as T, items[i] as T]
    }
    return items
  }
}

const SPACES = [
  '',
  '',
  '',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\x0b',
  '\x1c',
  '\x1f',
  '\x85',
  '\xa0',
  '\u2003',
  '\u3000',
  '\u180e',
  '\ufeff',
  '\u200b'
]
const PRE = ['a', 'alpha', 'b', 'beta', 'c', 'rc', 'pre', 'preview']
const POST = ['post', 'rev', 'r']
const SEPS = ['', '', '.', '-', '_']
const LOCAL_PARTS = [
  'cpu',
  'CPU',
  'avx512',
  'ubuntu',
  '1',
  '007',
  '0',
  '0x1',
  '1e5',
  'Infinity',
  'infinity',
  'NaN',
  'abc',
  'z',
  'a1b2',
  '12345678901234567890123',
  'g1234abc'
]
// Characters that should never be read as part of a version: non-ASCII look-alikes among them.
const JUNK = [
  '.',
  '-',
  '_',
  '+',
  '!',
  ' ',
  'x',
  'v',
  '..',
  '++',
  '!!',
  '\u017f',
  '\u212a',
  '\u0131',
  '\u0663',
  '\uff11',
  '\u00e9',
  '*',
  '=',
  '/',
  '\u0000',
  'dev',
  'post',
  'a',
  '0'
]

function caseMix(g: Gen, text: string): string {
  if (!g.chance(0.25)) return text
  return [...text].map(c => (g.chance(0.5) ? c.toUpperCase() : c)).join('')
}

function number(g: Gen): string {
  const kind = g.int(20)
  if (kind < 12) return String(g.int(kind < 6 ? 3 : 25))
  if (kind < 15) return '0'.repeat(1 + g.int(3)) + String(g.int(100))
  if (kind < 17) return String(2020 + g.int(10)) + String(g.int(1e8)).padStart(8, '0')
  if (kind < 19) return '9007199254740993' + String(g.int(1000))
  return '1' + '0'.repeat(20 + g.int(30))
}

function optionalNumber(g: Gen): string {
  return g.chance(0.3) ? '' : number(g)
}

/** A string built from PEP 440 pieces; mostly valid, sometimes broken on purpose. */
function candidate(g: Gen): string {
  let text = g.pick(SPACES) + (g.chance(0.2) ? g.pick(['v', 'V']) : '')
  if (g.chance(0.15)) text += `${number(g)}!`
  const segments = g.chance(0.05) ? 5 + g.int(20) : 1 + g.int(4)
  text += Array.from({ length: segments }, () => number(g)).join('.')
  if (g.chance(0.35))
    text += g.pick(SEPS) + caseMix(g, g.pick(PRE)) + g.pick(SEPS) + optionalNumber(g)
  if (g.chance(0.3)) {
    text += g.chance(0.3)
      ? `-${number(g)}`
      : g.pick(SEPS) + caseMix(g, g.pick(POST)) + g.pick(SEPS) + optionalNumber(g)
  }
  if (g.chance(0.3)) text += g.pick(SEPS) + caseMix(g, 'dev') + g.pick(SEPS) + optionalNumber(g)
  if (g.chance(0.25)) {
    const parts = Array.from({ length: 1 + g.int(3) }, () => g.pick(LOCAL_PARTS))
    text += '+' + parts.map((part, i) => (i === 0 ? part : g.pick(['.', '-', '_']) + part)).join('')
  }
  text += g.pick(SPACES)
  if (g.chance(0.2)) {
    const at = g.int(text.length + 1)
    const cut = g.chance(0.5) ? g.int(3) : 0
    text = text.slice(0, at) + (g.chance(0.7) ? g.pick(JUNK) : '') + text.slice(at + cut)
  }
  if (g.chance(0.02)) text = Array.from({ length: g.int(8) }, () => g.pick(JUNK)).join('')
  return text
}

interface OracleFacts {
  valid: boolean
  str?: string
  public?: string
  local?: string | null
  pre?: boolean
}

const PARSE_ORACLE = `
import json, sys
from packaging.version import Version
out = []
for text in json.load(sys.stdin):
    try:
        v = Version(text)
    except ValueError:
        out.append({"valid": False})
        continue
    out.append({"valid": True, "str": str(v), "public": v.public, "local": v.local,
                "pre": v.is_prerelease})
json.dump(out, sys.stdout)
`

const ORDER_ORACLE = `
import json, sys
from packaging.version import Version
data = json.load(sys.stdin)
versions = [Version(t) for t in data["versions"]]
order = sorted(range(len(versions)), key=lambda i: versions[i])
cmp = [(versions[a] > versions[b]) - (versions[a] < versions[b]) for a, b in data["pairs"]]
json.dump({"order": order, "cmp": cmp}, sys.stdout)
`

function ours(text: string): OracleFacts {
  if (!isValidVersion(text)) return { valid: false }
  return {
    valid: true,
    str: requireNormalVersion(text),
    public: publicVersion(text),
    local: localLabel(text),
    pre: isPrerelease(text)
  }
}

function failWith(what: string, counterexamples: unknown[]): void {
  if (counterexamples.length === 0) return
  const shown = counterexamples
    .slice(0, 5)
    .map(c => JSON.stringify(c))
    .join('\n')
  throw new Error(`${counterexamples.length} ${what} disagree with packaging, first:\n${shown}`)
}

const g = new Gen(prng(440))
const CASES = 12000
const inputs = Array.from({ length: CASES }, () => candidate(g))
const oracle = JSON.parse(runPython(['-c', PARSE_ORACLE], JSON.stringify(inputs))) as OracleFacts[]

describe('PEP 440 against packaging', () => {
  it('generates enough valid and invalid cases to mean something', () => {
    const valid = oracle.filter(facts => facts.valid).length
    expect(inputs.length).toBeGreaterThanOrEqual(10000)
    expect(valid).toBeGreaterThan(CASES * 0.5)
    expect(CASES - valid).toBeGreaterThan(CASES * 0.1)
  })

  it('agrees on validity, normal form, public version, local label and pre-release flag', () => {
    const wrong = inputs.flatMap((text, i) => {
      const expected = oracle[i]
      const actual = ours(text)
      return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [{ text, expected, actual }]
    })
    failWith('parses', wrong)
  })

  it('agrees on ordering: a sorted batch and pairwise comparisons', () => {
    const order = new Gen(prng(7))
    const valid = inputs.filter((_, i) => oracle[i]?.valid)
    // A small pool of near-identical versions, so that equal and adjacent versions are common.
    const near = Array.from({ length: 3000 }, () => {
      let text = order.pick(['1', '1.0', '1.0.0', 'v1.0', '1!1.0', '0.9', '1.0.1'])
      if (order.chance(0.25))
        text += order.pick(['a', 'b', 'rc', 'c', 'alpha']) + order.pick(['', '0', '1'])
      if (order.chance(0.25))
        text += order.pick(['.post', '-', 'r', '.post0', '.rev']) + order.pick(['1', '0', '01'])
      if (order.chance(0.25))
        text += order.pick(['.dev', 'dev', '-dev']) + order.pick(['', '0', '1'])
      if (order.chance(0.25))
        text += '+' + order.pick(['a', 'b', '1', '01', 'a.1', 'a.b', '1.a', 'A', '1.1', 'z.0'])
      return text
    })
    const tagged = order.shuffle([
      ...valid.map(text => ({ text, near: false })),
      ...near.map(text => ({ text, near: true }))
    ])
    const versions = tagged.map(item => item.text)
    const nearIndices = tagged.flatMap((item, i) => (item.near ? [i] : []))
    const pairs: [number, number][] = Array.from({ length: 12000 }, () =>
      order.chance(0.5)
        ? [order.pick(nearIndices), order.pick(nearIndices)]
        : [order.int(versions.length), order.int(versions.length)]
    )
    const expected = JSON.parse(
      runPython(['-c', ORDER_ORACLE], JSON.stringify({ versions, pairs }))
    ) as { order: number[]; cmp: number[] }

    const sorted = versions
      .map((_, i) => i)
      .sort((a, b) => compareVersions(versions[a] as string, versions[b] as string))
    const misplaced = sorted.flatMap((index, position) =>
      index === expected.order[position]
        ? []
        : [{ position, ours: versions[index], packaging: versions[expected.order[position] ?? -1] }]
    )
    failWith('sorted positions', misplaced)

    const wrong = pairs.flatMap(([a, b], i) => {
      const left = versions[a] as string
      const right = versions[b] as string
      const actual = compareVersions(left, right)
      return actual === expected.cmp[i] ? [] : [{ left, right, expected: expected.cmp[i], actual }]
    })
    failWith('comparisons', wrong)
    expect(wrong.length + misplaced.length).toBe(0)
    expect(expected.cmp.filter(c => c === 0).length).toBeGreaterThan(100)
  })
})

describe('where the wrapper corrects @renovatebot/pep440', () => {
  // Each row: the input, packaging's answer (checked above in bulk, spelled out here).
  it.each([
    ['\x1c1.0\x85', '1.0'],
    ['1.0+0x1', '1.0+0x1'],
    ['1.0+1e5', '1.0+1e5'],
    ['1.0+Infinity', '1.0+infinity'],
    ['20240101123456789012.1', '20240101123456789012.1'],
    ['1.0.post9007199254740993', '1.0.post9007199254740993']
  ])('normalises %j to %s where the library alone does not', (text, normal) => {
    expect(normalizeVersion(text)).toBe(normal)
    expect(pep440.clean(text)).not.toBe(normal)
  })

  it('rejects what packaging rejects although the library accepts or strips it', () => {
    expect(isValidVersion(' 1.0\t')).toBe(true)
    expect(pep440.valid(' 1.0\t')).toBeNull()
    expect(isValidVersion('\ufeff1.0')).toBe(false)
    expect(pep440.clean('\ufeff1.0')).toBe('1.0')
    expect(isValidVersion('1.' + '1'.repeat(4301))).toBe(false)
    expect(isValidVersion('1.' + '1'.repeat(4300))).toBe(true)
  })

  it('orders numbers beyond 2^53 exactly', () => {
    expect(compareVersions('9007199254740993', '9007199254740992')).toBe(1)
    expect(pep440.compare('9007199254740993', '9007199254740992')).toBe(0)
  })
})

describe('the exported helpers', () => {
  it('handles the spellings a vLLM CPU release meets', () => {
    expect(normalizeVersion('v0.6.3')).toBe('0.6.3')
    expect(normalizeVersion('0.6.3-1')).toBe('0.6.3.post1')
    expect(normalizeVersion('0.7.0RC1')).toBe('0.7.0rc1')
    expect(publicVersion('0.6.3+CPU')).toBe('0.6.3')
    expect(localLabel('0.6.3+CPU')).toBe('cpu')
    expect(localLabel('0.6.3')).toBeNull()
    expect(isPrerelease('0.6.3.dev5')).toBe(true)
    expect(isPrerelease('0.6.3.post1')).toBe(false)
    expect(isNormalizedVersion('0.6.3')).toBe(true)
    expect(isNormalizedVersion('v0.6.3')).toBe(false)
    expect(isNormalizedVersion('nonsense')).toBe(false)
  })

  it('normalises to null, or throws an InvalidVersionError naming the text', () => {
    expect(normalizeVersion('0.6.x')).toBeNull()
    expect(normalizeVersion(' 0.6.3 ')).toBe('0.6.3')
    expect(requireNormalVersion('V1.0-1')).toBe('1.0.post1')
    expect(() => requireNormalVersion('0.6.x')).toThrow(InvalidVersionError)
    expect(() => requireNormalVersion('0.6.x')).toThrow("Invalid version: '0.6.x'")
    expect(() => compareVersions('1.0', 'latest')).toThrow("Invalid version: 'latest'")
  })
})
