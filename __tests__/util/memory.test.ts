import { collector, GarbageBudget } from '../../src/util/memory.js'

describe('GarbageBudget', () => {
  it('collects once per budget of streamed bytes, asking for a minor collection', () => {
    const calls: unknown[] = []
    const budget = new GarbageBudget(10, () => options => void calls.push(options))
    budget.spend(4)
    budget.spend(4)
    expect(calls).toEqual([])
    budget.spend(4)
    expect(calls).toEqual([{ type: 'minor' }])
    for (let i = 0; i < 5; i++) budget.spend(4)
    expect(calls).toHaveLength(2)
  })

  it('does nothing where no collector can be had', () => {
    const budget = new GarbageBudget(1, () => null)
    expect(() => budget.spend(10)).not.toThrow()
  })

  it('reaches V8 collector without node flags', () => {
    const collect = collector()
    expect(typeof collect).toBe('function')
    expect(() => collect?.({ type: 'minor' })).not.toThrow()
  })
})
