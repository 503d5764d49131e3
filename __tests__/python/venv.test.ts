import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createVirtualEnv, PythonToolError, venvEnvironment } from '../../src/python/venv.js'
import { findExecutable } from '../../src/python/which.js'
import { childEnvironment } from '../../src/util/process.js'
import { runProcess } from '../helpers/process.js'
import { testPython } from '../helpers/python.js'

let root: string
beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'venv-'))
})
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

describe('venvEnvironment', () => {
  it('puts the venv first on PATH and drops variables that add package sources', () => {
    const changes = venvEnvironment({ dir: '/v', bin: '/v/bin' })
    // Applied to a caller's environment the way the process runner applies it.
    const env = childEnvironment(
      {
        PATH: '/usr/bin',
        PIP_INDEX_URL: 'https://evil.example/simple',
        PIP_EXTRA_INDEX_URL: 'x',
        UV_INDEX_URL: 'y',
        UV_EXTRA_INDEX_URL: 'z',
        PYTHONPATH: '/work',
        HOME: '/root'
      },
      changes
    )
    expect(env).toMatchObject({ PATH: '/v/bin:/usr/bin', VIRTUAL_ENV: '/v', HOME: '/root' })
    for (const key of [
      'PIP_INDEX_URL',
      'PIP_EXTRA_INDEX_URL',
      'UV_INDEX_URL',
      'UV_EXTRA_INDEX_URL',
      'PYTHONPATH'
    ]) {
      expect(key in env).toBe(false)
    }
    expect(env.PIP_CONFIG_FILE).toBe('/dev/null')
  })

  it('outside a venv leaves PATH alone and unsets VIRTUAL_ENV', () => {
    const env = childEnvironment({ PATH: '/usr/bin', VIRTUAL_ENV: '/old' }, venvEnvironment(null))
    expect(env.PATH).toBe('/usr/bin')
    expect('VIRTUAL_ENV' in env).toBe(false)
  })
})

describe('createVirtualEnv', () => {
  it('makes a venv with uv and with python -m venv', async () => {
    for (const uv of [path.resolve('.venv/bin/uv'), null]) {
      const dir = path.join(root, uv ? 'with-uv' : 'with-venv')
      const venv = await createVirtualEnv(dir, { python: testPython(), uv }, runProcess)
      const prefix = await runProcess(venv.python, ['-c', 'import sys; print(sys.prefix)'])
      expect(prefix.stdout.trim()).toBe(dir)
      // uv's venvs carry no pip: installs then go through uv.
      expect(
        await fs.stat(path.join(venv.bin, 'pip')).then(
          () => true,
          () => false
        )
      ).toBe(!uv)
    }
  }, 60000)

  it('says which interpreter failed', async () => {
    await expect(
      createVirtualEnv(path.join(root, 'x'), { python: '/no/such/python3', uv: null }, runProcess)
    ).rejects.toThrow(PythonToolError)
    await expect(
      createVirtualEnv(path.join(root, 'y'), { python: '/no/such/python3', uv: null }, runProcess)
    ).rejects.toThrow('/no/such/python3 -m venv: could not start /no/such/python3')
  })
})

describe('findExecutable', () => {
  it('finds programs on a given PATH and paths with a slash', async () => {
    const bin = path.resolve('.venv/bin')
    expect(await findExecutable('uv', `/nonexistent:${bin}`)).toBe(path.join(bin, 'uv'))
    expect(await findExecutable('uv', '/nonexistent')).toBeNull()
    expect(await findExecutable('./.venv/bin/uv', '')).toBe(path.join(bin, 'uv'))
    // Not executable: the wheel helper source file.
    expect(await findExecutable('__tests__/helpers/python.ts', '')).toBeNull()
  })
})
