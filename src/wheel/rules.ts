/**
 * PyPI's own upload rules for a wheel, as warehouse applies them (warehouse/forklift/legacy.py,
 * warehouse/forklift/metadata.py, warehouse/utils/wheel.py), checked before anything is
 * uploaded: an index never lets a file be replaced, so a refused upload must be caught here.
 */
import { getField } from './metadata.js'
import { parseVersion } from './names.js'
import { formatSize } from '../util/size.js'
import type { CoreMetadata, Problem, WheelFilename } from './types.js'

/** Metadata-Version values warehouse accepts (SUPPORTED_METADATA_VERSIONS; 2.0 is not one). */
export const SUPPORTED_METADATA_VERSIONS: readonly string[] = [
  '1.0',
  '1.1',
  '1.2',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5'
]

/** The metadata version that introduced each field (core metadata spec, packaging.metadata). */
export const FIELD_INTRODUCED: Readonly<Record<string, string>> = {
  'supported-platform': '1.1',
  'download-url': '1.1',
  classifier: '1.1',
  requires: '1.1',
  provides: '1.1',
  obsoletes: '1.1',
  maintainer: '1.2',
  'maintainer-email': '1.2',
  'requires-dist': '1.2',
  'requires-python': '1.2',
  'requires-external': '1.2',
  'project-url': '1.2',
  'provides-dist': '1.2',
  'obsoletes-dist': '1.2',
  'description-content-type': '2.1',
  'provides-extra': '2.1',
  dynamic: '2.2',
  'license-expression': '2.4',
  'license-file': '2.4',
  'import-name': '2.5',
  'import-namespace': '2.5'
}

const STATIC_PLATFORMS = new Set([
  'any',
  'win32',
  'win_arm64',
  'win_amd64',
  'win_ia64',
  'manylinux1_x86_64',
  'manylinux1_i686',
  'manylinux2010_x86_64',
  'manylinux2010_i686',
  'manylinux2014_x86_64',
  'manylinux2014_i686',
  'manylinux2014_aarch64',
  'manylinux2014_armv7l',
  'manylinux2014_ppc64',
  'manylinux2014_ppc64le',
  'manylinux2014_s390x',
  'linux_armv6l',
  'linux_armv7l'
])
const MACOSX_RE = /^macosx_(\d+)_(\d+)_(.*)$/
const MACOSX_ARCHES = new Set([
  'ppc',
  'ppc64',
  'i386',
  'x86_64',
  'arm64',
  'intel',
  'fat',
  'fat3',
  'fat64',
  'universal',
  'universal2'
])
// macOS 10.x wheels name any minor; from 11 on, warehouse only takes `macosx_{major}_0`.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26'])
const LINUX_RE = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64']
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64'])
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES)
const IOS_RE = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)$/
const IOS_ARCHES = new Set(['arm64', 'x86_64'])
const ANDROID_RE = /^android_(\d+)_(.*)$/
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64'])
const PYEMSCRIPTEN_RE = /^pyemscripten_(\d+)_(\d+)_wasm32$/

/** True when PyPI accepts this platform tag on an uploaded wheel. */
export function isPyPIPlatformTag(tag: string): boolean {
  if (STATIC_PLATFORMS.has(tag)) return true
  let m = MACOSX_RE.exec(tag)
  if (m) {
    const [, major, minor, arch] = m as unknown as [string, string, string, string]
    if (!MACOSX_ARCHES.has(arch)) return false
    return major === '10' || (MACOSX_MAJORS.has(major) && minor === '0')
  }
  m = LINUX_RE.exec(tag)
  if (m) {
    const arches = m[1] === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES
    return arches.has(m[4] ?? '')
  }
  m = IOS_RE.exec(tag)
  if (m) return IOS_ARCHES.has(m[3] ?? '')
  m = ANDROID_RE.exec(tag)
  if (m) return ANDROID_ARCHES.has(m[2] ?? '')
  return PYEMSCRIPTEN_RE.test(tag)
}

function platformHint(tag: string): string {
  const linux = /^linux_(.+)$/.exec(tag)
  if (linux) {
    return (
      `A plain '${tag}' wheel claims nothing about the C library it needs, so PyPI refuses it. ` +
      `Retag it for the glibc it was built against, e.g. 'manylinux_2_28_${linux[1]}' ` +
      '(auditwheel repair, or normalize: true), or build it in a manylinux container.'
    )
  }
  return (
    'Build the wheel for a platform tag PyPI accepts (any, win*, macosx_*, manylinux*, ' +
    'musllinux_*, ios_*, android_*); see https://packaging.python.org/specifications/platform-compatibility-tags/'
  )
}

function versionAge(version: string): number {
  const [major, minor] = version.split('.').map(Number)
  return (major ?? 0) * 100 + (minor ?? 0)
}

/** What PyPI's rules need to see of a wheel. */
export interface RuleInput {
  readonly filename: WheelFilename
  readonly metadata: CoreMetadata
  /** File size in bytes. */
  readonly size: number
  /** The per-file limit in bytes (PyPI's default is 100 MiB; projects can ask for more). */
  readonly maxFileSize: number
  /** The limit as the user wrote it (`100MiB`, `1GB`), quoted in messages; else it is formatted. */
  readonly maxFileSizeText?: string
}

/** Every PyPI upload rule the wheel breaks, each with PyPI's reason and what to do. */
export function checkPyPIRules(input: RuleInput): Problem[] {
  const { filename, metadata } = input
  const problems: Problem[] = []

  const versions = [
    { where: 'filename', text: filename.version },
    { where: 'METADATA', text: getField(metadata, 'Version')?.trim() ?? '' }
  ]
  const seenLocal = new Set<string>()
  for (const { where, text } of versions) {
    const parsed = parseVersion(text)
    if (!parsed?.local || seenLocal.has(parsed.text)) continue
    seenLocal.add(parsed.text)
    problems.push({
      code: 'local-version',
      message:
        `The version in the ${where} is '${text}', which has a local version label ` +
        `'+${parsed.local}'. PyPI: "The use of local versions in '${parsed.text}' is not allowed."`,
      hint:
        `Publish it as '${parsed.public}': build without the local label (vLLM: set ` +
        `VLLM_VERSION_OVERRIDE or strip '+${parsed.local}'), or use normalize: true to rewrite it.`
    })
  }

  const rejected = [...new Set(filename.platformTags)].filter(tag => !isPyPIPlatformTag(tag))
  for (const tag of rejected) {
    problems.push({
      code: 'unsupported-platform-tag',
      message: `PyPI: "Binary wheel '${filename.filename}' has an unsupported platform tag '${tag}'."`,
      hint: platformHint(tag)
    })
  }

  const declared = metadata.metadataVersion
  if (!SUPPORTED_METADATA_VERSIONS.includes(declared)) {
    problems.push({
      code: 'metadata-version',
      message: declared
        ? `METADATA declares Metadata-Version ${declared}. PyPI: "'${declared}' is not a valid metadata version".`
        : 'METADATA has no Metadata-Version field; PyPI refuses metadata without one.',
      hint: `Rebuild with a build backend that writes one of ${SUPPORTED_METADATA_VERSIONS.join(', ')}.`
    })
  } else {
    const reported = new Set<string>()
    for (const header of metadata.headers) {
      const key = header.name.toLowerCase()
      const added = FIELD_INTRODUCED[key]
      if (!added || reported.has(key) || versionAge(added) <= versionAge(declared)) continue
      reported.add(key)
      problems.push({
        code: 'field-too-new',
        message:
          `METADATA uses ${header.name}, but declares Metadata-Version ${declared}. ` +
          `PyPI: "${header.name} introduced in metadata version ${added}, not ${declared}".`,
        hint:
          `Set Metadata-Version to ${added} or later (upgrade the build backend, e.g. ` +
          `setuptools >= 77 for License-File), or drop the ${header.name} field.`
      })
    }
  }

  if (input.size > input.maxFileSize) {
    const limit = input.maxFileSizeText?.trim() || formatSize(input.maxFileSize)
    problems.push({
      code: 'file-too-large',
      message:
        `The wheel is ${formatSize(input.size)}, over the ${limit} per-file limit (max-file-size). ` +
        `PyPI: "File too large. Limit for project '${filename.normalizedName}' is ` +
        `${Math.floor(input.maxFileSize / 1024 / 1024)} MB."`,
      hint:
        'Ask PyPI for a larger limit for this project with a "File size limit request" at ' +
        'https://github.com/pypi/support (upload one release under the limit first), then set ' +
        'max-file-size to the granted limit. Or make the wheel smaller (strip debug symbols).'
    })
  }
  return problems
}
