/**
 * Benchmark runner: publishes one wheel with the publish gate, or prints the upload form as
 * JSON (`--print-form`) so bench/publish.sh can send the same form with curl.
 * Usage: publish-runner <wheel> <repository> <index-url> <token> [--print-form]
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { defaultPublishPorts, publishGate } from '../src/gates/publish.js'
import { uploadFields } from '../src/pypi/upload.js'
import { DecisionLog } from '../src/report/decisions.js'
import type { Logger } from '../src/util/logger.js'
import { inspectWheel } from '../src/wheelfile/inspect.js'

const stderrLogger: Logger = {
  info: message => process.stderr.write(`${message}\n`),
  warning: message => process.stderr.write(`warning: ${message}\n`),
  debug: () => undefined,
  group: async (_name, fn) => fn(),
  mask: () => undefined
}

async function main(): Promise<void> {
  const [wheelPath, repository, indexUrl, token, mode] = process.argv.slice(2)
  if (!wheelPath || !repository || !indexUrl || !token)
    throw new Error('usage: <wheel> <repository> <index-url> <token> [--print-form]')
  // Inspected as the gate does (check's single pass also computes the upload's digest).
  const started = Date.now()
  const wheel = await inspectWheel(wheelPath, { maxFileSize: 2 ** 40 })
  if (mode === '--print-form') {
    const sha = createHash('sha256')
    for await (const chunk of createReadStream(wheelPath, {
      highWaterMark: 1 << 20
    }) as AsyncIterable<Buffer>) {
      sha.update(chunk)
    }
    const fields = [...uploadFields(wheel), ['sha256_digest', sha.digest('hex')]]
    process.stdout.write(JSON.stringify(fields))
    return
  }
  const inspected = Date.now()
  process.stderr.write(
    `inspect: ${(inspected - started) / 1000} s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`
  )
  const log = new DecisionLog()
  await publishGate(
    { repository, indexUrl, token, dryRun: false },
    [wheel],
    defaultPublishPorts(stderrLogger),
    log,
    stderrLogger
  )
  process.stderr.write(
    `publish: ${(Date.now() - inspected) / 1000} s, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`
  )
  process.stderr.write(`decision: ${log.outputs().get('decision')}\n`)
}

main().catch(error => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
