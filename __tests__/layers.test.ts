/**
 * Who may import whom (docs/architecture.md): wheel/ and version/ compute on what they are
 * given, so no module in them reaches the file system, starts a process, or depends on the I/O
 * layers, the gates or the report; report/ and util/ know the gates only by name.
 */
import { describe, expect, it } from '@jest/globals'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

const IO = [
  /^node:fs/,
  /^node:child_process$/,
  /^node:worker_threads$/,
  /^node:net$/,
  /^node:http/,
  /\/util\/process\.js$/,
  /\/util\/git\.js$/,
  /\/util\/fs\.js$/,
  /\/util\/http\.js$/,
  /\/archive\//,
  /\/wheelfile\//,
  /\/python\//,
  /\/pypi\//,
  /\/report\//,
  /\/gates\//
]

/** Every import specifier of every module under `dir`, as `file: specifier`. */
async function importsUnder(dir: string): Promise<{ file: string; specifier: string }[]> {
  const root = path.resolve('src', dir)
  const files = (await readdir(root, { recursive: true })).filter(f => f.endsWith('.ts'))
  expect(files.length).toBeGreaterThan(0)
  const found: { file: string; specifier: string }[] = []
  for (const file of files) {
    const text = await readFile(path.join(root, file), 'utf8')
    for (const [, specifier] of text.matchAll(/^(?:import|export)\b[^'"]*?from '([^']+)'/gms)) {
      found.push({ file: `${dir}/${file}`, specifier: specifier ?? '' })
    }
  }
  return found
}

describe('layers', () => {
  it.each(['wheel', 'version'])('src/%s/ imports no I/O, no gate and not the report', async dir => {
    const offending = (await importsUnder(dir))
      .filter(({ specifier }) => IO.some(rule => rule.test(specifier)))
      .map(({ file, specifier }) => `${file}: ${specifier}`)
    expect(offending).toEqual([])
  })

  it('src/plan/ decides on what it is handed: no I/O, no gate, no report', async () => {
    const root = path.resolve('src', 'plan')
    const offending: string[] = []
    for (const file of (await readdir(root)).filter(f => f.endsWith('.ts'))) {
      const text = await readFile(path.join(root, file), 'utf8')
      for (const [, type, specifier] of text.matchAll(
        /^(?:import|export)\b( type)?[^'"]*?from '([^']+)'/gms
      )) {
        // Types cost nothing at run time; closed.ts is PyPI's rule, pure like wheel/.
        if (type || specifier === '../pypi/closed.js') continue
        if (IO.some(rule => rule.test(specifier ?? ''))) offending.push(`${file}: ${specifier}`)
      }
    }
    expect(offending).toEqual([])
  })

  it.each(['report', 'util'])('src/%s/ knows the gates only by name', async dir => {
    const offending = (await importsUnder(dir))
      .filter(({ specifier }) => /\/gates\//.test(specifier) && !specifier.endsWith('/names.js'))
      .map(({ file, specifier }) => `${file}: ${specifier}`)
    expect(offending).toEqual([])
  })
})
