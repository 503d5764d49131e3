/**
 * The log port: gates write progress through this, never through console or @actions/core
 * directly, so the action, the command line and the tests each plug in their own sink. Every
 * logger keeps a Redactor: what it prints, and what the report paths pass through `redact`,
 * never shows a secret it was told about, in any form.
 */
import { Redactor } from './redact.js'

/** Where gates write progress, warnings and grouped long output. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Runs `fn` with its log lines folded under `name` (a group in the Actions log). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Registers a secret so that no sink ever prints it, in any of its forms. */
  mask(secret: string): void
  /** `text` with every masked secret (and every URL's credentials) replaced. */
  redact(text: string): string
}

/** A logger that keeps every line in memory: for tests and for quiet runs. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = []
  private readonly redactor = new Redactor()

  private push(level: string, message: string): void {
    this.lines.push(`${level}: ${this.redactor.redact(message)}`)
  }
  info(message: string): void {
    this.push('info', message)
  }
  warning(message: string): void {
    this.push('warning', message)
  }
  debug(message: string): void {
    this.push('debug', message)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.push('group', name)
    try {
      return await fn()
    } finally {
      this.push('endgroup', name)
    }
  }
  mask(secret: string): void {
    this.redactor.add(secret)
  }
  redact(text: string): string {
    return this.redactor.redact(text)
  }
  /** Everything logged, one line each. */
  text(): string {
    return this.lines.join('\n')
  }
}
