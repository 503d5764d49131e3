/** The installed-version probe with the test venv's real Python. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { probeInstalledVersion } from '../../src/python/version-probe.js'
import type { ProcessRunner } from '../../src/util/process.js'
import { runProcess } from '../helpers/process.js'
import { runPython, testPython } from '../helpers/python.js'

describe('probeInstalledVersion', () => {
  let cwd: string

  beforeAll(async () => {
    // A distribution that only the current directory provides, as a checkout would.
    cwd = await mkdtemp(path.join(os.tmpdir(), 'version-probe-'))
    const distInfo = path.join(cwd, 'only_here-9.9.dist-info')
    await mkdir(distInfo)
    await writeFile(
      path.join(distInfo, 'METADATA'),
      'Metadata-Version: 2.1\nName: only-here\nVersion: 9.9\n'
    )
  })

  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true })
  })

  const inCwd: ProcessRunner = (command, args, options) =>
    runProcess(command, args, { ...options, cwd })

  it('reads the installed version of a distribution', async () => {
    const expected = runPython(['-c', 'import packaging; print(packaging.__version__)']).trim()
    expect(await probeInstalledVersion(runProcess, testPython(), 'packaging')).toEqual({
      status: 'installed',
      version: expected
    })
  })

  it('does not take a distribution from the current directory for an installed one', async () => {
    // Without the probe's care, `python -c` finds it through the '' entry of sys.path.
    const seen = await inCwd(testPython(), [
      '-c',
      'from importlib import metadata; print(metadata.version("only-here"))'
    ])
    expect(seen.stdout.trim()).toBe('9.9')
    expect(await probeInstalledVersion(inCwd, testPython(), 'only-here')).toEqual({
      status: 'not-installed'
    })
  })

  it('says when the distribution is not installed', async () => {
    expect(
      await probeInstalledVersion(runProcess, testPython(), 'surely-not-installed-x1')
    ).toEqual({ status: 'not-installed' })
  })

  it('says when the interpreter cannot be started or gives no answer', async () => {
    expect(await probeInstalledVersion(runProcess, '/nonexistent/python', 'x')).toEqual({
      status: 'no-python'
    })
    expect(await probeInstalledVersion(runProcess, 'false', 'x')).toEqual({
      status: 'failed',
      reason: 'exit code 1'
    })
  })
})
