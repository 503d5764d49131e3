/**
 * The upload form's fields for one wheel, as PyPI's legacy upload API defines them and as
 * twine sends them: METADATA headers under the form's field names (multiple-use fields
 * repeated), then the file facts. Digests and `content` are added by the uploader.
 */
import type { WheelInspection } from '../wheel/types.js'

/** One form field: name and text value, in sending order. */
export type FormField = readonly [name: string, value: string]

type Kind = 'single' | 'multiple' | 'keywords' | 'project-url'

// METADATA header (lower case) -> form field name and how its values are sent; the renames
// (platform, classifiers, ...) are the form's names (warehouse forklift, twine package.py).
const FIELDS: Readonly<Record<string, readonly [string, Kind]>> = {
  'metadata-version': ['metadata_version', 'single'],
  name: ['name', 'single'],
  version: ['version', 'single'],
  platform: ['platform', 'multiple'],
  summary: ['summary', 'single'],
  description: ['description', 'single'],
  keywords: ['keywords', 'keywords'],
  'home-page': ['home_page', 'single'],
  author: ['author', 'single'],
  'author-email': ['author_email', 'single'],
  license: ['license', 'single'],
  'supported-platform': ['supported_platform', 'multiple'],
  'download-url': ['download_url', 'single'],
  classifier: ['classifiers', 'multiple'],
  requires: ['requires', 'multiple'],
  provides: ['provides', 'multiple'],
  obsoletes: ['obsoletes', 'multiple'],
  maintainer: ['maintainer', 'single'],
  'maintainer-email': ['maintainer_email', 'single'],
  'requires-dist': ['requires_dist', 'multiple'],
  'provides-dist': ['provides_dist', 'multiple'],
  'obsoletes-dist': ['obsoletes_dist', 'multiple'],
  'requires-python': ['requires_python', 'single'],
  'requires-external': ['requires_external', 'multiple'],
  'project-url': ['project_urls', 'project-url'],
  'description-content-type': ['description_content_type', 'single'],
  'provides-extra': ['provides_extra', 'multiple'],
  dynamic: ['dynamic', 'multiple'],
  'license-expression': ['license_expression', 'single'],
  'license-file': ['license_file', 'multiple']
}

function versionTuple(text: string): number[] {
  return text.split('.').map(part => parseInt(part, 10) || 0)
}

function atLeast(version: string, minimum: string): boolean {
  const a = versionTuple(version)
  const b = versionTuple(minimum)
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x !== y) return x > y
  }
  return true
}

/** The name as warehouse expects it in the form: runs of other than `[A-Za-z0-9.]` become `-`. */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.]+/g, '-')
}

/** Metadata and file fields for uploading `wheel` (without digests, `:action` or content). */
export function metadataFields(wheel: WheelInspection): FormField[] {
  const fields: FormField[] = []
  const metadataVersion = wheel.metadata.metadataVersion
  let hasDescription = false
  for (const { name, value } of wheel.metadata.headers) {
    const lower = name.toLowerCase()
    const spec = FIELDS[lower]
    if (!spec) continue
    const [field, kind] = spec
    // Metadata before 2.4 had no License-File; setuptools wrote it anyway, and twine drops it.
    if (lower === 'license-file' && !atLeast(metadataVersion, '2.4')) continue
    if (lower === 'name') {
      fields.push([field, safeName(value)])
    } else if (kind === 'keywords') {
      fields.push([
        field,
        value
          .split(',')
          .map(keyword => keyword.trim())
          .join(', ')
      ])
    } else if (kind === 'project-url') {
      const comma = value.indexOf(',')
      const label = (comma < 0 ? value : value.slice(0, comma)).trim()
      const url = comma < 0 ? '' : value.slice(comma + 1).trim()
      fields.push([field, `${label}, ${url}`])
    } else {
      fields.push([field, value])
    }
    if (lower === 'description') hasDescription = true
  }
  if (!hasDescription && wheel.metadata.body) fields.push(['description', wheel.metadata.body])
  fields.push(['pyversion', wheel.filename.pythonTags.join('.')])
  fields.push(['filetype', 'bdist_wheel'])
  return fields
}
