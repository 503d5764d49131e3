/** PyPI's refusals of an attestation get a hint about the Trusted Publisher and the kept file. */
import { describe, expect, it } from '@jest/globals'
import { explainRejection } from '../../src/pypi/rejections.js'
import { UploadError } from '../../src/pypi/upload.js'

describe('attestation refusals', () => {
  it.each([
    'Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing',
    'Could not verify the uploaded artifact using the included attestation: Verification failed'
  ])('explains %s', reason => {
    const explained = explainRejection(
      new UploadError('Upload answered 400', 'client', 400, reason)
    )
    expect(explained.message).toContain(reason)
    expect(explained.hint).toContain('Trusted Publisher')
  })
})

describe('authentication refusals', () => {
  it('point Actions at trusted publishing, and tell a shell it works only in an Actions job', () => {
    for (const [status, reason] of [
      [403, 'Invalid or non-existent authentication information.'],
      [401, '']
    ] as const) {
      const error = new UploadError('Upload answered', 'client', status, reason)
      expect(explainRejection(error).hint).toMatch(/trusted publishing\.$/)
      const cli = explainRejection(error, 'cli').hint
      expect(cli).toContain('(trusted publishing works only inside a GitHub Actions job)')
      expect(cli).not.toMatch(/set up trusted publishing|use trusted publishing/)
    }
  })
})
