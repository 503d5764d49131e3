/**
 * Keeps streaming work flat in memory. Reading and inflating a large wheel makes short-lived
 * off-heap Buffers (zlib hands out a fresh one for each inflated chunk) faster than V8 gets
 * round to collecting them: on a 300 MB wheel about 35 MB of dead Buffers sat in memory at
 * the peak, a third of check's budget. Asking for a young-generation collection after every MB
 * streamed keeps that near zero at no measurable cost (bench/check.sh).
 */
import v8 from 'node:v8'
import vm from 'node:vm'

type Collect = (options?: { type: string }) => void

let collect: Collect | null | undefined

/** V8's collector, made reachable without --expose-gc; null where the runtime refuses. */
export function collector(): Collect | null {
  if (collect !== undefined) return collect
  try {
    // `gc` exists only with --expose-gc; turning the flag on at run time gives a fresh
    // context that has it, without asking users to start node with flags.
    v8.setFlagsFromString('--expose-gc')
    collect = vm.runInNewContext('typeof gc === "function" ? gc : null') as Collect | null
  } catch {
    collect = null
  }
  return collect
}

/** Counts bytes streamed and asks for a collection after every `every` bytes. */
export class GarbageBudget {
  private since = 0
  constructor(
    private readonly every: number,
    private readonly collect: () => Collect | null = collector
  ) {}

  /** Notes `bytes` more streamed; collects when the budget is spent. */
  spend(bytes: number): void {
    this.since += bytes
    if (this.since < this.every) return
    this.since = 0
    // A minor collection is enough (the dead Buffers' handles are young) and costs well under
    // a millisecond; a full one each time would double check's wall time.
    this.collect()?.({ type: 'minor' })
  }
}

/** One budget for the process: every streamed byte, whoever reads it, counts against it. */
export const streamingGarbage = new GarbageBudget(1024 * 1024)
