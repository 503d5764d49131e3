/**
 * The Logger port for the command line: timestamped lines on stderr (coloured on a
 * terminal), so stdout carries only the final summary that scripts may read.
 */
import type { Logger } from './logger.js'
import { Redactor } from './redact.js'

const COLOURS = { info: '', warning: '\u001b[33m', debug: '\u001b[2m', group: '\u001b[36m' }
const RESET = '\u001b[0m'

/** A stderr logger; `verbose` shows debug lines, `colour` adds ANSI colours. */
export class ConsoleLogger implements Logger {
  private readonly redactor = new Redactor()
  private depth = 0

  constructor(
    private readonly options: {
      readonly colour: boolean
      readonly verbose: boolean
      readonly write?: (text: string) => void
      readonly now?: () => Date
    }
  ) {}

  private line(level: keyof typeof COLOURS, message: string): void {
    const text = this.redactor.redact(message)
    const time = (this.options.now ?? (() => new Date()))().toISOString().slice(11, 19)
    const indent = '  '.repeat(this.depth)
    const label = level === 'info' || level === 'group' ? '' : `${level}: `
    const body = `${time} ${indent}${label}${text}`
    const colour = this.options.colour ? COLOURS[level] : ''
    const write = this.options.write ?? ((t: string) => process.stderr.write(t))
    write(colour ? `${colour}${body}${RESET}\n` : `${body}\n`)
  }
  info(message: string): void {
    this.line('info', message)
  }
  warning(message: string): void {
    this.line('warning', message)
  }
  debug(message: string): void {
    if (this.options.verbose) this.line('debug', message)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.line('group', `▸ ${name}`)
    this.depth += 1
    try {
      return await fn()
    } finally {
      this.depth -= 1
    }
  }
  mask(secret: string): void {
    this.redactor.add(secret)
  }
  redact(text: string): string {
    return this.redactor.redact(text)
  }
}
