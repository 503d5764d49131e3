/**
 * What the build runs: the version it is told to produce (detected version, local label
 * dropped, optional `.postN`/`.devN` suffix), the environment (VLLM_TARGET_DEVICE=cpu, the
 * variant's flags, SETUPTOOLS_SCM_PRETEND_VERSION and VLLM_VERSION_OVERRIDE), and the command as an argument array,
 * split from text by a small shell-words splitter, never run through a shell.
 */
import { GateError } from '../util/errors.js'
import {
  isValidVersion,
  localLabel,
  publicVersion,
  requireNormalVersion
} from '../version/pep440.js'
import { PER_ISA_VARIABLES, type Generation, type Variant } from './variants.js'

/** The default build command; `{python}` and `{outdir}` are filled in by the gate. */
export const DEFAULT_BUILD_COMMAND = '{python} -m build --wheel --no-isolation --outdir {outdir}'

/** Splits command text into words like a POSIX shell would, without expanding anything. */
export function splitShellWords(text: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let quote: '"' | "'" | null = null
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (quote === "'") {
      if (ch === "'") quote = null
      else word += ch
      continue
    }
    if (quote === '"') {
      if (ch === '"') quote = null
      else if (ch === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1] as string)) {
        const next = text[++i] as string
        if (next !== '\n') word += next
      } else word += ch
      continue
    }
    if (ch === "'" || ch === '"') {
      quote = ch
      inWord = true
    } else if (ch === '\\') {
      const next = text[++i]
      if (next === undefined) throw commandError(text, 'it ends with a lone backslash')
      if (next !== '\n') {
        word += next
        inWord = true
      }
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else if ('|&;<>()`$'.includes(ch)) {
      throw commandError(
        text,
        `'${ch}' is shell syntax, and the command is not run by a shell (no pipes, ` +
          'redirections, variables or command lists)'
      )
    } else {
      word += ch
      inWord = true
    }
  }
  if (quote) throw commandError(text, `a ${quote} quote is never closed`)
  if (inWord) words.push(word)
  if (words.length === 0) throw commandError(text, 'it is empty')
  return words
}

function commandError(text: string, why: string): GateError {
  return new GateError(
    'build',
    `Invalid build-command '${text}': ${why}.`,
    'Give one program and its arguments, e.g. `python -m build --wheel --no-isolation ' +
      '--outdir {outdir}`; put anything more complex in a script and run that.'
  )
}

/** The command as argv, with `{python}` and `{outdir}` filled in (whole words or inside). */
export function buildArgv(text: string, python: string, outdir: string): string[] {
  return splitShellWords(text).map(word =>
    word.replace(/\{python\}/g, python).replace(/\{outdir\}/g, outdir)
  )
}

const SUFFIX_RE = /^\.(post|dev)(0|[1-9][0-9]*)$/

/** What the build is told to produce. */
export interface TargetVersion {
  /** The version the wheel gets: public part of the detected version plus the suffix. */
  readonly version: string
  /** The detected version's local label, when one was dropped (`cpu`). */
  readonly droppedLocal: string | null
}

/** Combines the detected version and `version-suffix`; throws GateError when invalid. */
export function targetVersion(detected: string, suffix: string): TargetVersion {
  if (!isValidVersion(detected)) {
    throw new GateError(
      'build',
      `'${detected}' is not a PEP 440 version.`,
      'Set the version input to a version like 0.6.3, or fix the tag in vllm-source.'
    )
  }
  const base = publicVersion(detected)
  const local = localLabel(detected)
  const trimmed = suffix.trim()
  if (trimmed !== '' && !SUFFIX_RE.test(trimmed)) {
    throw new GateError(
      'build',
      `Invalid version-suffix '${suffix}': only .postN or .devN (e.g. .post1) are allowed.`,
      'A suffix is for rebuilding a version whose files already exist on the index; ' +
        'anything else (a local +label, a new release number) cannot be published that way.'
    )
  }
  const combined = base + trimmed
  if (!isValidVersion(combined)) {
    throw new GateError(
      'build',
      `'${base}' plus version-suffix '${trimmed}' gives '${combined}', which is not a PEP 440 version.`,
      `'${base}' already ends in a post or dev part; use a higher number instead of adding one.`
    )
  }
  return { version: requireNormalVersion(combined), droppedLocal: local }
}

/** The setuptools-scm variable for one distribution (`SETUPTOOLS_SCM_PRETEND_VERSION_FOR_VLLM`). */
export function pretendVersionVariable(distribution: string): string {
  return `SETUPTOOLS_SCM_PRETEND_VERSION_FOR_${distribution.toUpperCase().replace(/[-_.]+/g, '_')}`
}

/**
 * The environment the build runs with, on top of the runner's own. On a runtime-dispatch tree
 * the per-ISA variables are left out: vLLM no longer reads them, and the summary should not
 * claim a flag that did nothing.
 */
export function buildEnvironment(
  variant: Variant,
  version: string,
  generation: Generation = 'per-isa',
  sourceDistribution = 'vllm'
): Record<string, string> {
  const flags = Object.entries(variant.env).filter(
    ([name]) => generation === 'per-isa' || !PER_ISA_VARIABLES.includes(name)
  )
  return {
    ...Object.fromEntries(flags),
    // set after the variant's env so a variants row cannot build for another device
    VLLM_TARGET_DEVICE: 'cpu',
    SETUPTOOLS_SCM_PRETEND_VERSION: version,
    // newer vLLM setup.py returns this as the version as is, without appending +cpu
    VLLM_VERSION_OVERRIDE: version,
    [pretendVersionVariable(sourceDistribution)]: version,
    [pretendVersionVariable(variant.distribution)]: version
  }
}
