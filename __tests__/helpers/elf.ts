/**
 * Real shared objects for tests, compiled by the system C compiler (gcc, as on every Linux
 * runner): one that needs a glibc 2.34 symbol version, one that needs only the x86-64 baseline,
 * and an object of another machine made by rewriting a compiled object's header (no cross
 * compiler needed at test time). `objdump -T` confirms what each needs where binutils exist.
 */
import { spawnSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** pthread_mutex_clocklock moved into libc.so.6 in glibc 2.34: its version is GLIBC_2.34. */
export const NEEDS_GLIBC_2_34 = `
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>
int lock_until(pthread_mutex_t *m, const struct timespec *t) {
  return pthread_mutex_clocklock(m, CLOCK_MONOTONIC, t);
}
`

/** strlen and strcpy: versioned GLIBC_2.2.5 on x86-64, the oldest there is (memcpy is 2.14). */
export const NEEDS_BASELINE = `
#include <string.h>
size_t copy_len(char *to, const char *from) { return strlen(strcpy(to, from)); }
`

/** A C++ object: needs GLIBCXX_* and CXXABI_* besides GLIBC_*. */
export const NEEDS_LIBSTDCXX = `
#include <string>
#include <stdexcept>
extern "C" int throws(const char *s) { std::string x(s); if (x.empty()) throw std::runtime_error(x); return (int)x.size(); }
`

/** Compiles `source` into a shared object `name` in `dir` with gcc (g++ for C++); returns its bytes. */
export async function compileSharedObject(
  dir: string,
  name: string,
  source: string,
  language: 'c' | 'c++' = 'c',
  extra: readonly string[] = []
): Promise<Buffer> {
  const src = path.join(dir, `${name}.${language === 'c' ? 'c' : 'cpp'}`)
  const out = path.join(dir, name)
  await writeFile(src, source)
  const compiler = language === 'c' ? 'gcc' : 'g++'
  const result = spawnSync(compiler, ['-shared', '-fPIC', '-O1', '-o', out, src, ...extra], {
    encoding: 'utf8'
  })
  if (result.status !== 0) {
    throw new Error(`${compiler} failed (${result.status}): ${result.stderr || result.error}`)
  }
  return readFile(out)
}

/** The object with its header's e_machine rewritten: what a cross compiler's output says it is. */
export function withMachine(object: Buffer, machine: number): Buffer {
  const copy = Buffer.from(object)
  if (copy[5] === 2) copy.writeUInt16BE(machine, 18)
  else copy.writeUInt16LE(machine, 18)
  return copy
}

/** The symbol versions binutils' objdump says the object needs, or null without objdump. */
export function objdumpVersions(file: string): string[] | null {
  const result = spawnSync('objdump', ['-T', file], { encoding: 'utf8' })
  if (result.status !== 0 || result.error) return null
  return [...new Set([...result.stdout.matchAll(/\(([A-Z]+_[0-9.]+)\)/g)].map(m => m[1] as string))]
}
