/**
 * BLAKE2b (RFC 7693) with a chosen digest length, streaming. Node's crypto only offers
 * blake2b512, and a 256-bit BLAKE2b is a different parameterisation (the digest length is
 * mixed into the initial state), not a truncation, so PyPI's `blake2_256_digest` needs this.
 *
 * The compression function runs as WebAssembly emitted below: plain JavaScript has no 64-bit
 * integers and managed ~45 MB/s here, too slow next to a 300 MB upload; native i64 adds and
 * rotates make it several times faster. The module is built from readable opcodes rather than
 * shipped as an opaque blob.
 */

const IV = [
  0x6a09e667f3bcc908n,
  0xbb67ae8584caa73bn,
  0x3c6ef372fe94f82bn,
  0xa54ff53a5f1d36f1n,
  0x510e527fade682d1n,
  0x9b05688c2b3e6c1fn,
  0x1f83d9abfb41bd6bn,
  0x5be0cd19137e2179n
]

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0]
]

const BLOCK = 128
// Memory layout of the module: state h at 0, byte counter t at 64, input from DATA onwards.
const COUNTER = 64
const DATA = 128
const DATA_BLOCKS = (65536 - DATA) / BLOCK

const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  call: 0x10,
  localGet: 0x20,
  localSet: 0x21,
  i64Load: 0x29,
  i64Store: 0x37,
  i32Const: 0x41,
  i64Const: 0x42,
  i32Eqz: 0x45,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i64Add: 0x7c,
  i64Xor: 0x85,
  i64Rotr: 0x8a,
  i64ExtendI32U: 0xad
} as const

function unsignedLeb(value: number): number[] {
  const out: number[] = []
  do {
    let byte = value & 0x7f
    value >>>= 7
    if (value !== 0) byte |= 0x80
    out.push(byte)
  } while (value !== 0)
  return out
}

function signedLeb64(value: bigint): number[] {
  const out: number[] = []
  let v = BigInt.asIntN(64, value)
  for (;;) {
    const byte = Number(v & 0x7fn)
    v >>= 7n
    const done = (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0)
    out.push(done ? byte : byte | 0x80)
    if (done) return out
  }
}

// compress(ptr, last): one block at ptr, counter read from memory. Locals: v0..v15 at 2..17,
// m0..m15 at 18..33.
function compressBody(): number[] {
  const v = (i: number): number => 2 + i
  const m = (i: number): number => 18 + i
  const code: number[] = []
  const get = (local: number): void => void code.push(op.localGet, local)
  const set = (local: number): void => void code.push(op.localSet, local)
  const load = (offset: number): void => void code.push(op.i64Load, 3, ...unsignedLeb(offset))
  for (let i = 0; i < 16; i++) {
    get(0)
    load(i * 8)
    set(m(i))
  }
  for (let i = 0; i < 8; i++) {
    code.push(op.i32Const, 0)
    load(i * 8)
    set(v(i))
    code.push(op.i64Const, ...signedLeb64(IV[i]!))
    set(v(i + 8))
  }
  get(v(12))
  code.push(op.i32Const, 0)
  load(COUNTER)
  code.push(op.i64Xor)
  set(v(12))
  get(1)
  code.push(op.if, 0x40)
  get(v(14))
  code.push(op.i64Const, ...signedLeb64(-1n), op.i64Xor)
  set(v(14))
  code.push(op.end)
  // x = x + y (+ message word), or x = rotr64(x ^ y, n): the two step shapes of G.
  const add = (x: number, y: number, word?: number): void => {
    code.push(op.localGet, v(x), op.localGet, v(y), op.i64Add)
    if (word !== undefined) code.push(op.localGet, m(word), op.i64Add)
    set(v(x))
  }
  const xorRotate = (x: number, y: number, n: number): void => {
    code.push(op.localGet, v(x), op.localGet, v(y), op.i64Xor, op.i64Const, n, op.i64Rotr)
    set(v(x))
  }
  const g = (a: number, b: number, c: number, d: number, x: number, y: number): void => {
    add(a, b, x)
    xorRotate(d, a, 32)
    add(c, d)
    xorRotate(b, c, 24)
    add(a, b, y)
    xorRotate(d, a, 16)
    add(c, d)
    xorRotate(b, c, 63)
  }
  for (let round = 0; round < 12; round++) {
    const s = SIGMA[round % 10]!
    g(0, 4, 8, 12, s[0]!, s[1]!)
    g(1, 5, 9, 13, s[2]!, s[3]!)
    g(2, 6, 10, 14, s[4]!, s[5]!)
    g(3, 7, 11, 15, s[6]!, s[7]!)
    g(0, 5, 10, 15, s[8]!, s[9]!)
    g(1, 6, 11, 12, s[10]!, s[11]!)
    g(2, 7, 8, 13, s[12]!, s[13]!)
    g(3, 4, 9, 14, s[14]!, s[15]!)
  }
  for (let i = 0; i < 8; i++) {
    code.push(op.i32Const, 0, op.i32Const, 0)
    load(i * 8)
    get(v(i))
    code.push(op.i64Xor)
    get(v(i + 8))
    code.push(op.i64Xor, op.i64Store, 3, ...unsignedLeb(i * 8))
  }
  code.push(op.end)
  return [1, 32, 0x7e, ...code]
}

// Adds `amount` (the code that pushes it, an i64) to the counter in memory.
function addToCounter(amount: number[]): number[] {
  const at = unsignedLeb(COUNTER)
  return [op.i32Const, 0, op.i32Const, 0, op.i64Load, 3, ...at, ...amount, op.i64Add].concat([
    op.i64Store,
    3,
    ...at
  ])
}

// blocks(ptr, n): n full, non-final blocks from ptr.
function blocksBody(): number[] {
  return [
    0,
    op.block, 0x40,
    op.loop, 0x40,
    op.localGet, 1, op.i32Eqz, op.brIf, 1,
    ...addToCounter([op.i64Const, ...signedLeb64(BigInt(BLOCK))]),
    op.localGet, 0, op.i32Const, 0, op.call, 0,
    op.localGet, 0, op.i32Const, ...signedLeb64(BigInt(BLOCK)), op.i32Add, op.localSet, 0,
    op.localGet, 1, op.i32Const, 1, op.i32Sub, op.localSet, 1,
    op.br, 0,
    op.end,
    op.end,
    op.end
  ] // prettier-ignore
}

// final(ptr, len): the last block (zero padded by the caller) holding len message bytes.
function finalBody(): number[] {
  return [
    0,
    ...addToCounter([op.localGet, 1, op.i64ExtendI32U]),
    op.localGet, 0, op.i32Const, 1, op.call, 0,
    op.end
  ] // prettier-ignore
}

function section(id: number, content: number[]): number[] {
  return [id, ...unsignedLeb(content.length), ...content]
}

function name(text: string): number[] {
  return [text.length, ...Buffer.from(text, 'ascii')]
}

function moduleBytes(): Uint8Array {
  const bodies = [compressBody(), blocksBody(), finalBody()]
  const code = [bodies.length, ...bodies.flatMap(body => [...unsignedLeb(body.length), ...body])]
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 0]),
    ...section(3, [3, 0, 0, 0]),
    ...section(5, [1, 0, 1]),
    ...section(7, [3, ...name('memory'), 2, 0, ...name('blocks'), 0, 1, ...name('final'), 0, 2]),
    ...section(10, code)
  ])
}

// The project compiles without the DOM library, which is where TypeScript declares
// WebAssembly; Node provides it at run time, so declare just the part used here.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object) => { exports: unknown }
}

interface Exports {
  readonly memory: { readonly buffer: ArrayBuffer }
  blocks(ptr: number, count: number): void
  final(ptr: number, length: number): void
}

let compiled: object | undefined

/** The compiled BLAKE2b module (compiled once per thread; it can be sent to a worker). */
export function blake2bModule(): object {
  compiled ??= new WebAssembly.Module(moduleBytes())
  return compiled
}

/**
 * The streaming state over one instance of the module, as JavaScript source: the class below
 * and the whole-file hashing worker (src/wheel/filehash.ts) both build it from this one text,
 * since a worker started from source cannot import our modules.
 */
export const BLAKE2B_STATE_SOURCE = `function blake2bState(exports, iv, digestLength) {
  const BLOCK = ${BLOCK}, DATA = ${DATA}, CAPACITY = ${DATA_BLOCKS * BLOCK}
  const memory = new Uint8Array(exports.memory.buffer)
  const words = new BigUint64Array(exports.memory.buffer, 0, 9)
  words.set(iv)
  // Parameter block word 0: digest length, no key, fanout 1, depth 1.
  words[0] = words[0] ^ BigInt(0x01010000 | digestLength)
  words[8] = 0n
  // Bytes waiting at DATA; never a full block's worth only, since the last block is special.
  let buffered = 0
  let finished = false
  return {
    update(data) {
      if (finished) throw new Error('BLAKE2b digest already computed')
      let offset = 0
      while (offset < data.length) {
        const take = Math.min(CAPACITY - buffered, data.length - offset)
        memory.set(data.subarray(offset, offset + take), DATA + buffered)
        buffered += take
        offset += take
        if (buffered > BLOCK) {
          // Keep 1..128 bytes back: the final block must be compressed with the final flag.
          const count = Math.floor((buffered - 1) / BLOCK)
          exports.blocks(DATA, count)
          const done = count * BLOCK
          memory.copyWithin(DATA, DATA + done, DATA + buffered)
          buffered -= done
        }
      }
    },
    digest() {
      if (finished) throw new Error('BLAKE2b digest already computed')
      finished = true
      memory.fill(0, DATA + buffered, DATA + BLOCK)
      exports.final(DATA, buffered)
      return memory.slice(0, digestLength)
    }
  }
}`

/** The initial state words (RFC 7693 IV), for building a state elsewhere. */
export const BLAKE2B_IV: readonly bigint[] = IV

interface State {
  update(data: Uint8Array): void
  digest(): Uint8Array
}

const makeState = new Function(`return (${BLAKE2B_STATE_SOURCE})`)() as (
  exports: Exports,
  iv: readonly bigint[],
  digestLength: number
) => State

/** Streaming BLAKE2b without a key; `digestLength` in bytes (1..64), 32 for PyPI. */
export class Blake2b {
  private readonly state: State

  constructor(digestLength = 32) {
    if (digestLength < 1 || digestLength > 64) throw new RangeError('digest length must be 1..64')
    const instance = new WebAssembly.Instance(blake2bModule())
    this.state = makeState(instance.exports as Exports, IV, digestLength)
  }

  /** Adds bytes to the hash. */
  update(data: Uint8Array): this {
    this.state.update(data)
    return this
  }

  /** Finishes and returns the digest; the object cannot be updated afterwards. */
  digest(): Buffer {
    return Buffer.from(this.state.digest())
  }
}

/** BLAKE2b-256 of a buffer, hex: PyPI's `blake2_256_digest`. */
export function blake2b256Hex(data: Uint8Array): string {
  return new Blake2b(32).update(data).digest().toString('hex')
}
