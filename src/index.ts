/** The action's entry: runs the gate. All logic lives in main.ts. */
import { run } from './main.js'

process.on('unhandledRejection', reason => {
  process.exitCode = 1
  process.stderr.write(`::error::Unhandled rejection: ${String(reason)}\n`)
})

await run()
