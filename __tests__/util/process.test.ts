/** The process runner with real programs: exit codes and the signal that ended a program. */
import { createProcessRunner } from '../../src/util/process.js'
import { testPython } from '../helpers/python.js'

const run = createProcessRunner(process.env)

describe('createProcessRunner', () => {
  it('reports the exit code of a program that exits', async () => {
    const result = await run(testPython(), ['-c', 'import sys; print("out"); sys.exit(3)'])
    expect(result).toEqual({ exitCode: 3, stdout: 'out\n', stderr: '' })
    expect('signal' in result).toBe(false)
  })

  it('names the signal that killed a program, with a shell-like exit code', async () => {
    const result = await run(testPython(), [
      '-c',
      'import os, signal; os.kill(os.getpid(), signal.SIGILL)'
    ])
    expect(result.signal).toBe('SIGILL')
    expect(result.exitCode).toBe(128 + 4)
  })
})
