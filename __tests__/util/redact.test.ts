/**
 * Secrets in every form a server, a URL or a log may show them in: the Redactor must remove
 * each, and the credentials written into any URL, from any text.
 */
import {
  base64Cores,
  hideUrlCredentials,
  MASK,
  Redactor,
  redactWith,
  secretForms,
  urlCredentials
} from '../../src/util/redact.js'

const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJGE0ZjVhYjM3LWJmNjgtNDQ0Ni1hZjEyLTc4Y2E0OTJkZDE2NQ'
const PASSWORD = 'p@ss/w:rd+%é "quoted"'

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

describe('secretForms', () => {
  it('has the secret as it is, percent-encoded, JSON-escaped and base64', () => {
    const forms = secretForms(PASSWORD)
    expect(forms).toContain(PASSWORD)
    expect(forms).toContain(encodeURIComponent(PASSWORD))
    expect(forms).toContain(JSON.stringify(PASSWORD).slice(1, -1))
    expect(forms).toContain(b64(PASSWORD))
    expect(forms).toContain(b64(`__token__:${PASSWORD}`))
  })

  it('gives nothing for an empty secret', () => {
    expect(secretForms('')).toEqual([])
  })
})

describe('base64Cores', () => {
  it.each(['', 'u', '__token__:', 'user:', 'a longer prefix of any length: '])(
    'finds the secret inside the base64 of %j + secret + anything',
    prefix => {
      for (const suffix of ['', 'x', 'xy', '\r\n']) {
        const encoded = b64(`${prefix}${TOKEN}${suffix}`)
        expect(base64Cores(TOKEN).some(core => encoded.includes(core))).toBe(true)
      }
    }
  )

  it('keeps only characters the secret decides, so a core is never empty for a real token', () => {
    for (const core of base64Cores(TOKEN)) expect(core.length).toBeGreaterThan(TOKEN.length)
  })
})

describe('urlCredentials and hideUrlCredentials', () => {
  it('takes the password (decoded) and the user:password pair from every URL in a text', () => {
    const url = `https://__token__:${encodeURIComponent(PASSWORD)}@upload.example/legacy/`
    expect(urlCredentials(`upload to ${url} and http://ghp_abc123@github.example/x`)).toEqual([
      PASSWORD,
      `__token__:${PASSWORD}`,
      'ghp_abc123'
    ])
  })

  it('replaces the credentials of every URL and leaves other URLs alone', () => {
    expect(
      hideUrlCredentials(
        'see https://user:pw@host.example/simple/ and file:///tmp/a@b and https://host/p@x'
      )
    ).toBe('see https://***@host.example/simple/ and file:///tmp/a@b and https://host/p@x')
  })
})

describe('Redactor', () => {
  it('removes every form of every secret it was given', () => {
    const redactor = new Redactor()
    redactor.add(TOKEN)
    redactor.add(PASSWORD)
    const text = [
      `token ${TOKEN}`,
      `Authorization: Basic ${b64(`__token__:${TOKEN}`)}`,
      `Authorization: Basic ${b64(`user:${PASSWORD}`)}`,
      `url https://user:${encodeURIComponent(PASSWORD)}@host/`,
      `json {"password": ${JSON.stringify(PASSWORD)}}`
    ].join('\n')
    const out = redactor.redact(text)
    for (const form of [...secretForms(TOKEN), ...secretForms(PASSWORD)]) {
      expect(out).not.toContain(form)
    }
    expect(out).toContain(`token ${MASK}`)
    expect(out).toContain('url https://***@host/')
  })

  it('returns only the forms that are new, for the runner to be told once', () => {
    const redactor = new Redactor()
    expect(redactor.add(TOKEN).length).toBeGreaterThan(3)
    expect(redactor.add(TOKEN)).toEqual([])
  })

  it('redactWith scrubs text a server sent back of the credentials it was sent', () => {
    const echoed = `Bad request: Authorization: Basic ${b64(`__token__:${TOKEN}`)}`
    const out = redactWith(echoed, [TOKEN, `__token__:${TOKEN}`])
    for (const core of base64Cores(TOKEN)) expect(out).not.toContain(core)
    expect(out).toContain(MASK)
  })
})
