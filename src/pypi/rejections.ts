/**
 * What an index's refusal of an upload means and what to do about it. PyPI puts its error
 * text in the HTTP reason phrase of a 400; these are the texts warehouse documents. The
 * server's text arrives here already scrubbed of the upload's credentials (upload.ts); URLs
 * with credentials in it are hidden once more before it is quoted.
 */
import { nameInput, withoutTokenHint, type Audience } from '../gates/hints.js'
import { hideUrlCredentials } from '../util/redact.js'
import type { UploadError } from './upload.js'

/** An upload failure as a message and a hint for the next step. */
export interface Explanation {
  readonly message: string
  readonly hint: string
}

const RULES: readonly { readonly pattern: RegExp; readonly hint: string }[] = [
  {
    // Warehouse's PEP 740 refusals ("Invalid attestations supplied during upload: ...",
    // "Could not verify the uploaded artifact using the included attestation: ...").
    pattern: /attestation/i,
    hint: "PyPI refused the file's publish attestation. Check that the project's Trusted Publisher names this repository and this top-level workflow (a reusable workflow cannot be one); delete a stale <wheel>.publish.attestation; or set attestations: false."
  },
  {
    pattern: /file already exists|already exists/i,
    hint: 'A file name on the index can never be replaced. Rebuild with a new version (version-suffix .postN).'
  },
  {
    pattern: /filename has already been used|previously used/i,
    hint: 'This name was used by a file that was deleted; names are never reusable. Rebuild with a new version (version-suffix .postN).'
  },
  {
    pattern: /local version/i,
    hint: 'PyPI refuses local versions (+cpu and the like). Run check/build with normalize: true, or drop the local part.'
  },
  {
    pattern: /platform tag/i,
    hint: 'PyPI accepts only manylinux/musllinux/macOS/Windows platform tags. Run build or check with normalize: true to retag the wheel.'
  },
  {
    pattern: /file too large/i,
    hint: 'Ask for a larger per-file limit for the project on PyPI (a limit request on github.com/pypi/support), or make the wheel smaller.'
  },
  {
    pattern: /project size too large/i,
    hint: 'The project reached its total size limit; delete old releases or ask for a larger limit on github.com/pypi/support.'
  },
  {
    pattern:
      /isn't allowed to upload|not allowed to upload|invalid or non-existent authentication/i,
    hint: 'The token is not valid for this project: check that it belongs to this index and has upload scope for this project, or set up trusted publishing.'
  }
]

/** Turns an UploadError into PyPI's own words plus a hint. */
export function explainRejection(error: UploadError, audience: Audience = 'actions'): Explanation {
  if (error.kind === 'redirect') {
    return {
      message: error.message,
      hint: `Use the URL it redirects to${error.location ? ` (${hideUrlCredentials(error.location)})` : ''} as ${nameInput(audience, 'repository')}, including the trailing slash if it has one.`
    }
  }
  const said = hideUrlCredentials(
    [
      error.reason,
      error.body
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    ]
      .filter(Boolean)
      .join(' - ')
  ).slice(0, 500)
  const message = error.status
    ? `the index answered ${error.status}${said ? `: ${said}` : ''}`
    : error.message
  for (const rule of RULES) {
    // Trusted publishing is for an Actions job; a shell is told so instead of pointed at it.
    if (rule.pattern.test(said))
      return {
        message,
        hint:
          audience === 'cli'
            ? rule.hint.replace(', or set up trusted publishing', withoutTokenHint(audience))
            : rule.hint
      }
  }
  if (error.status === 401 || error.status === 403) {
    return {
      message,
      hint: `Authentication failed: check the token (and that it is for this index)${withoutTokenHint(audience)}.`
    }
  }
  if (error.kind === 'network' || error.kind === 'server') {
    return {
      message,
      hint: 'The index failed repeatedly; re-run later. Re-running uploads only what is missing.'
    }
  }
  return {
    message,
    hint: "Read the index's message above; re-running uploads only what is missing."
  }
}
