/**
 * entry_points.txt as PyPI judges it: our reading against Python's configparser (the parser
 * Warehouse uses, with `=` as the only delimiter and case-sensitive keys) on the same texts.
 */
import { describe, expect, it } from '@jest/globals'
import { parseEntryPoints } from '../../src/wheel/entry-points.js'
import { runPython } from '../helpers/python.js'

// Warehouse's _validate_entrypoints, restated: parse strictly, then check script names.
const ORACLE = String.raw`
import configparser, json, re, sys
class P(configparser.ConfigParser):
    optionxform = staticmethod(str)
out = []
for text in json.load(sys.stdin):
    p = P(delimiters=('=',))
    try:
        p.read_string(text)
        ok = all(re.fullmatch(r'[\w.-]+', n) for s in ('console_scripts', 'gui_scripts') if s in p for n in p[s])
    except configparser.Error:
        ok = False
    out.append(ok)
print(json.dumps(out))
`

const TEXTS = [
  '[console_scripts]\nvllm = vllm.entrypoints.cli.main:main\n',
  '[console_scripts]\nvllm=vllm.cli:main\n\n[vllm.general_plugins]\nx = y:z\n',
  '# comment\n; another\n[console_scripts]\nname.with-dots_1 = a:b\n',
  '[console_scripts]\n../evil = a:b\n',
  '[console_scripts]\nbad name = a:b\n',
  '[gui_scripts]\ntool/x = a:b\n',
  '[other]\n../fine = a:b\n',
  'no_section = a:b\n',
  '[console_scripts]\nvllm = a:b\nvllm = c:d\n',
  '[console_scripts]\nx = a:b\n[console_scripts]\ny = c:d\n',
  '[console_scripts]\njust a line\n',
  '[console_scripts]\nx = a:b\n    continued value\n',
  '[console_scripts]\n= a:b\n',
  '[console_scripts]\nx: a:b\n',
  '[console_scripts]\nünïcode = a:b\n',
  ''
]

describe('parseEntryPoints', () => {
  it('agrees with Python configparser and the script-name rule on every text', () => {
    const expected = JSON.parse(runPython(['-c', ORACLE], JSON.stringify(TEXTS))) as boolean[]
    const ours = TEXTS.map(text => parseEntryPoints(Buffer.from(text)) === null)
    expect(ours).toEqual(expected)
  })

  it('refuses text that is not UTF-8', () => {
    expect(parseEntryPoints(Buffer.from([0x5b, 0xff, 0x5d]))).toBe(
      'entry_points.txt is not decodable as UTF-8'
    )
  })
})
