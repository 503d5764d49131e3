/**
 * The log port: gates write progress through this, never through console or @actions/core
 * directly, so the action, the command line and the tests each plug in their own sink.
 */

/** Where gates write progress, warnings and grouped long output. */
export interface Logger {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  /** Runs `fn` with its log lines folded under `name` (a group in the Actions log). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Registers a secret so that no sink ever prints it. */
  mask(secret: string): void
}

/** A logger that keeps every line in memory: for tests and for quiet runs. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = []
  private readonly secrets: string[] = []

  private push(level: string, message: string): void {
    let text = message
    for (const secret of this.secrets) text = text.split(secret).join('***')
    this.lines.push(`${level}: ${text}`)
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
    if (secret) this.secrets.push(secret)
  }
  /** Everything logged, one line each. */
  text(): string {
    return this.lines.join('\n')
  }
}
