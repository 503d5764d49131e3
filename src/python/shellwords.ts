/**
 * Splitting a command line into an argument array the way a POSIX shell splits words, without
 * running a shell: quotes and backslashes group, nothing expands, operators stay literal text.
 */

/** Thrown for text a shell could not split either (an unterminated quote or a trailing `\`). */
export class ShellWordsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ShellWordsError'
  }
}

/** Splits `text` into words: whitespace separates, '…' is literal, "…" honours \" \\ \$ \`. */
export function splitShellWords(text: string): string[] {
  const words: string[] = []
  let word = ''
  // A word exists once any character or a pair of quotes was seen: `''` is an empty argument.
  let inWord = false
  let i = 0
  while (i < text.length) {
    const ch = text[i]!
    if (/\s/.test(ch)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
      i++
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1)
      if (end < 0) throw new ShellWordsError(`Unterminated single quote in: ${text}`)
      word += text.slice(i + 1, end)
      inWord = true
      i = end + 1
    } else if (ch === '"') {
      i++
      let closed = false
      while (i < text.length) {
        const c = text[i]!
        if (c === '"') {
          closed = true
          i++
          break
        }
        const next = text[i + 1]
        if (c === '\\' && next !== undefined && '"\\$`\n'.includes(next)) {
          if (next !== '\n') word += next
          i += 2
        } else {
          word += c
          i++
        }
      }
      if (!closed) throw new ShellWordsError(`Unterminated double quote in: ${text}`)
      inWord = true
    } else if (ch === '\\') {
      const next = text[i + 1]
      if (next === undefined) throw new ShellWordsError(`Trailing backslash in: ${text}`)
      // Backslash-newline is a line continuation, as in a shell.
      if (next !== '\n') {
        word += next
        inWord = true
      }
      i += 2
    } else {
      word += ch
      inWord = true
      i++
    }
  }
  if (inWord) words.push(word)
  return words
}
