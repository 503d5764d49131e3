/**
 * src/version/ computes on what it is given (the contract): no module in it may reach the file
 * system, start a process or depend on the report; those come through DetectPorts.
 */
import { describe, expect, it } from '@jest/globals'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

const FORBIDDEN = [
  /^node:fs/,
  /^node:child_process$/,
  /\/util\/process\.js$/,
  /\/util\/git\.js$/,
  /\/report\//,
  /\/python\//,
  /\/gates\//
]

describe('src/version/', () => {
  it('imports no I/O module and not the report', async () => {
    const root = path.resolve('src/version')
    const files = (await readdir(root, { recursive: true })).filter(f => f.endsWith('.ts'))
    expect(files).toContain('detect.ts')
    const offending: string[] = []
    for (const file of files) {
      const text = await readFile(path.join(root, file), 'utf8')
      for (const [, specifier] of text.matchAll(/^(?:import|export)\b[^'"]*?from '([^']+)'/gms)) {
        if (FORBIDDEN.some(rule => rule.test(specifier ?? ''))) {
          offending.push(`${file}: ${specifier}`)
        }
      }
    }
    expect(offending).toEqual([])
  })
})
