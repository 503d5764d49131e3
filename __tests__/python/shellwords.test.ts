import { describe, expect, it } from '@jest/globals'
import { ShellWordsError, splitShellWords } from '../../src/python/shellwords.js'

describe('splitShellWords', () => {
  it.each([
    ['vllm --version', ['vllm', '--version']],
    ['  vllm\t--version \n', ['vllm', '--version']],
    [
      `python -c 'import vllm; print(vllm.__version__)'`,
      ['python', '-c', 'import vllm; print(vllm.__version__)']
    ],
    [`echo "a \\"b\\" \\$HOME \\x"`, ['echo', 'a "b" $HOME \\x']],
    [`echo a\\ b c`, ['echo', 'a b', 'c']],
    [`echo '' ""`, ['echo', '', '']],
    [`echo x'y'"z"`, ['echo', 'xyz']],
    ['echo a \\\n b', ['echo', 'a', 'b']],
    ['echo $HOME && rm -rf / ; `x`', ['echo', '$HOME', '&&', 'rm', '-rf', '/', ';', '`x`']],
    ['', []]
  ])('splits %j', (text, words) => {
    expect(splitShellWords(text)).toEqual(words)
  })

  it.each([`vllm 'serve`, 'vllm "serve', 'vllm \\'])('rejects %j', text => {
    expect(() => splitShellWords(text)).toThrow(ShellWordsError)
  })

  it('agrees with a POSIX shell on a mixed example', async () => {
    const { spawnSync } = await import('node:child_process')
    const text = `a 'b c' "d \\"e\\" f" g\\ h '' i"j"'k'`
    const shell = spawnSync('sh', ['-c', `for w in ${text}; do printf '%s\\0' "$w"; done`], {
      encoding: 'utf8'
    })
    expect(splitShellWords(text)).toEqual(shell.stdout.split('\0').slice(0, -1))
  })
})
