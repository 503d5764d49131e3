import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { probePython, readSourceState } from '../../src/build/probe.js'
import { manylinuxTag } from '../../src/wheel/platform-tag.js'
import { GateError } from '../../src/util/errors.js'
import { runProcess } from '../helpers/process.js'
import { runPython, testPython } from '../helpers/python.js'
import { createVllmReplica } from '../helpers/vllm-replica.js'

describe('probePython', () => {
  it('reports tag, version, arch and glibc as the interpreter sees them', async () => {
    const info = await probePython(runProcess, testPython())
    const expected = runPython([
      '-c',
      'import sys,platform;print(f"cp{sys.version_info[0]}{sys.version_info[1]} {platform.machine()}")'
    ]).trim()
    expect(`${info.tag} ${info.arch}`).toBe(expected)
    expect(manylinuxTag(info.glibc, info.arch)).toBe(
      info.glibc ? `manylinux_${info.glibc.replace('.', '_')}_${info.arch}` : undefined
    )
  })
  it('names an interpreter that does not exist', async () => {
    await expect(probePython(runProcess, '/no/such/python')).rejects.toThrow(GateError)
  })
})

describe('readSourceState', () => {
  it('reads the commit and notices uncommitted changes', async () => {
    const source = await createVllmReplica({ torch: false })
    try {
      expect(await readSourceState(runProcess, source.dir)).toEqual({
        commit: source.commit,
        dirty: false
      })
      await writeFile(path.join(source.dir, 'setup.py'), '# changed\n', { flag: 'a' })
      expect((await readSourceState(runProcess, source.dir)).dirty).toBe(true)
      await expect(readSourceState(runProcess, path.dirname(source.dir))).rejects.toThrow(
        /not a git checkout/
      )
    } finally {
      await source.cleanup()
    }
  })
})
