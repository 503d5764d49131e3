/** The publish gate's ports over the real index client, as the gate's entry builds them. */
import type { PublishPorts } from '../../src/gates/publish/gate.js'
import { createIndexClient, type IndexClientOptions } from '../../src/pypi/client.js'
import type { Logger } from '../../src/util/logger.js'
import { realSleep } from '../../src/util/retry.js'

/** Real index reads, uploads and token minting, with real waits and jitter. */
export function realPublishPorts(logger: Logger, options: IndexClientOptions = {}): PublishPorts {
  return {
    ...createIndexClient(logger, options),
    sleep: realSleep,
    random: Math.random,
    now: Date.now
  }
}
