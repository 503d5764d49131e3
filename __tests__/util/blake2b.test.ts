/** BLAKE2b-256 against Python's hashlib.blake2b(digest_size=32) on random inputs and chunkings. */
import { randomBytes } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import { Blake2b, blake2b256Hex } from '../../src/util/blake2b.js'
import { runPython } from '../helpers/python.js'

const ORACLE = String.raw`
import hashlib, json, sys
items = json.loads(sys.stdin.read())
print(json.dumps([hashlib.blake2b(bytes.fromhex(h), digest_size=d).hexdigest() for h, d in items]))
`

describe('BLAKE2b', () => {
  it('matches hashlib on random inputs around block boundaries', () => {
    const sizes = [0, 1, 63, 127, 128, 129, 255, 256, 257, 1000, 65407, 65408, 65409, 200_003]
    const inputs = sizes.map(size => randomBytes(size))
    const lengths = sizes.map((_, i) => (i % 3 === 0 ? 64 : i % 3 === 1 ? 32 : 20))
    const expected = JSON.parse(
      runPython(
        ['-c', ORACLE],
        JSON.stringify(inputs.map((b, i) => [b.toString('hex'), lengths[i]]))
      )
    ) as string[]
    inputs.forEach((input, i) => {
      const whole = new Blake2b(lengths[i]).update(input).digest().toString('hex')
      expect(whole).toBe(expected[i])
      // The same bytes in uneven pieces give the same digest.
      const pieces = new Blake2b(lengths[i])
      for (let at = 0; at < input.length;) {
        const step = 1 + ((at * 7919) % 300)
        pieces.update(input.subarray(at, at + step))
        at += step
      }
      expect(pieces.digest().toString('hex')).toBe(expected[i])
    })
    expect(blake2b256Hex(inputs[5]!)).toBe(
      new Blake2b(32).update(inputs[5]!).digest().toString('hex')
    )
  })

  it('refuses use after digest', () => {
    const hash = new Blake2b()
    hash.digest()
    expect(() => hash.update(Buffer.from('x'))).toThrow(/already/)
  })
})
