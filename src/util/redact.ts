/**
 * Keeping secrets out of everything the run prints. A secret is rarely printed as it is: a
 * server that echoes the request shows `Authorization: Basic <base64 of __token__:secret>`,
 * a URL shows it percent-encoded, a JSON body escaped. The Redactor knows every such form of
 * every registered secret and replaces them, and credentials written into any URL, in text
 * before it reaches a log line, an error message, an output or the job summary. The runner's
 * own masking (core.setSecret) only matches exact strings in the log; files such as the job
 * summary and GITHUB_OUTPUT it does not mask at all, so this is the line that holds.
 */

/** What a secret is replaced with. */
export const MASK = '***'

/** Derived forms shorter than this are not masked: they would hide ordinary text. */
const MIN_DERIVED_LENGTH = 6

/** `scheme://userinfo@`: credentials written into a URL. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@'"<>]*)@/gi

/**
 * The base64 text that appears inside the base64 of any byte string containing `secret`, at
 * each of the three byte alignments: `Basic <base64 of user:secret>` contains one of them,
 * whatever the user name. Only characters decided by the secret's own bits are kept.
 */
export function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const cores: string[] = []
  for (let offset = 0; offset < 3; offset++) {
    const text = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    const first = Math.ceil((8 * offset) / 6)
    const end = Math.floor((8 * (offset + bytes.length)) / 6)
    const core = text.slice(first, end)
    cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'))
  }
  return cores
}

/** The userinfo encoding a URL serializer gives `secret` as a password. */
function userinfoEncoded(secret: string): string {
  const url = new URL('http://host/')
  url.password = secret
  return url.password
}

/** Every form `secret` may be printed in: as is, percent-encoded, JSON-escaped, base64. */
export function secretForms(secret: string): string[] {
  if (secret === '') return []
  const derived = [
    encodeURIComponent(secret),
    userinfoEncoded(secret),
    JSON.stringify(secret).slice(1, -1),
    Buffer.from(secret, 'utf8').toString('base64'),
    Buffer.from(`__token__:${secret}`, 'utf8').toString('base64'),
    ...base64Cores(secret)
  ].filter(form => form.length >= MIN_DERIVED_LENGTH)
  return [...new Set([secret, ...derived])]
}

/**
 * The secrets written into URLs in `text` (`https://user:password@host/`): the password, or
 * the user name when there is no password (a token given as the user, as GitHub takes it).
 */
export function urlCredentials(text: string): string[] {
  const found: string[] = []
  for (const match of text.matchAll(URL_USERINFO)) {
    const userinfo = match[2] ?? ''
    const colon = userinfo.indexOf(':')
    const raw = colon === -1 ? userinfo : userinfo.slice(colon + 1)
    if (raw === '') continue
    let decoded = raw
    try {
      decoded = decodeURIComponent(raw)
    } catch {
      // not valid percent-encoding: the raw text is the secret
    }
    found.push(decoded)
    if (colon !== -1) {
      let user = userinfo.slice(0, colon)
      try {
        user = decodeURIComponent(user)
      } catch {
        // keep it as written
      }
      found.push(`${user}:${decoded}`)
    }
  }
  return found
}

/** `text` with the credentials of every URL in it replaced: `https://***@host/`. */
export function hideUrlCredentials(text: string): string {
  return text.replace(URL_USERINFO, `$1${MASK}@`)
}

/** Knows the secrets of one run and removes every form of them from text. */
export class Redactor {
  private forms: string[] = []

  /** Registers a secret; returns the forms that were new, for the runner's mask too. */
  add(secret: string): string[] {
    const added = secretForms(secret).filter(form => !this.forms.includes(form))
    if (added.length > 0) {
      // Longest first, so a form that contains another is replaced whole.
      this.forms = [...this.forms, ...added].sort((a, b) => b.length - a.length)
    }
    return added
  }

  /** `text` with every registered secret's forms and every URL's credentials replaced. */
  redact(text: string): string {
    let out = hideUrlCredentials(text)
    for (const form of this.forms) {
      if (out.includes(form)) out = out.split(form).join(MASK)
    }
    return out
  }
}

/** Removes `secrets` (all their forms) and URL credentials from text a server sent back. */
export function redactWith(text: string, secrets: readonly string[]): string {
  const redactor = new Redactor()
  for (const secret of secrets) redactor.add(secret)
  return redactor.redact(text)
}
