/**
 * One JSON POST to the webhook, through the project's proxy-aware way out (util/http.ts), with
 * a deadline for the whole exchange: a webhook that never answers must not hold the run (or
 * the process, which would wait on the open socket) for the client's long idle timeout.
 * Never throws: every way it can go wrong comes back as a result the caller reports.
 */
import { openRequest } from '../util/http.js'

/** What posting came to. */
export type PostResult =
  { readonly ok: true; readonly status: number } | { readonly ok: false; readonly problem: string }

/** Longest piece of a webhook's error answer that is quoted (Slack's are one word). */
const MAX_ANSWER = 200

/** Bytes of an answer kept for redaction: enough that any secret straddling the cut is whole. */
const MAX_KEPT = 64 * 1024

/**
 * POSTs `body` (JSON text) to `url`; gives up after `timeoutMs`. Every problem passes through
 * `redact` whole before it is cut: a secret cut first would leave a part no redactor knows.
 */
export function postJson(
  url: URL,
  body: string,
  timeoutMs: number,
  redact: (text: string) => string
): Promise<PostResult> {
  return new Promise(resolve => {
    let settled = false
    const settle = (result: PostResult): void => {
      if (settled) return
      settled = true
      clearTimeout(deadline)
      resolve(result.ok ? result : { ok: false, problem: redact(result.problem) })
    }
    const seconds = timeoutMs / 1000
    let request: ReturnType<typeof openRequest>
    try {
      request = openRequest(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Length': Buffer.byteLength(body),
          'User-Agent': 'vllm-cpu-publish'
        },
        idleTimeoutMs: timeoutMs
      })
    } catch (error) {
      resolve({
        ok: false,
        problem: redact(error instanceof Error ? error.message : String(error))
      })
      return
    }
    const deadline = setTimeout(() => {
      settle({ ok: false, problem: `no answer within ${seconds} s (notify-timeout)` })
      request.destroy()
    }, timeoutMs)
    request.on('error', error => settle({ ok: false, problem: error.message }))
    request.once('response', response => {
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        // Only the start of an answer is quoted; the rest is read and dropped. A little more
        // than is quoted is kept, so a secret across the cut is still whole when redacted.
        if (size < MAX_KEPT) chunks.push(chunk)
        size += chunk.length
      })
      response.once('error', error => settle({ ok: false, problem: error.message }))
      response.once('end', () => {
        const status = response.statusCode ?? 0
        if (status >= 200 && status < 300) {
          settle({ ok: true, status })
          return
        }
        const answer = redact(Buffer.concat(chunks).toString('utf8')).slice(0, MAX_ANSWER).trim()
        const reason = `${status} ${response.statusMessage ?? ''}`.trim()
        settle({ ok: false, problem: `HTTP ${reason}${answer ? `: ${answer}` : ''}` })
      })
    })
    request.end(body)
  })
}
