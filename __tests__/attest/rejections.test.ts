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
