/**
 * Release tag and title templates: `{version}`, `{variant}` and `{package}` filled in, anything
 * else in braces refused, and the resulting tag checked against git's rules for ref names.
 */
import { GateError } from '../util/errors.js'

/** The values a template may use. */
export interface TemplateValues {
  readonly version: string
  readonly variant: string
  readonly package: string
}

/** The default `release-tag` template. */
export const DEFAULT_TAG_TEMPLATE = 'v{version}-{variant}'
/** The default `release-title` template. */
export const DEFAULT_TITLE_TEMPLATE = 'vLLM CPU v{version} ({variant})'

const PLACEHOLDERS = ['version', 'variant', 'package'] as const

/** Fills a template; an unknown `{name}` is a GateError naming the input and the known names. */
export function renderTemplate(input: string, template: string, values: TemplateValues): string {
  return template.replace(/\{([^{}]*)\}/g, (whole, name: string) => {
    if ((PLACEHOLDERS as readonly string[]).includes(name)) {
      return values[name as (typeof PLACEHOLDERS)[number]]
    }
    throw new GateError(
      'release',
      `Unknown placeholder ${whole} in ${input} '${template}'.`,
      `Use ${PLACEHOLDERS.map(p => `{${p}}`).join(', ')}.`
    )
  })
}

/** Why `tag` is not a valid git tag name (git check-ref-format), or null when it is. */
export function tagProblem(tag: string): string | null {
  if (tag === '') return 'it is empty'
  const hasControl = [...tag].some(ch => ch.charCodeAt(0) <= 0x20 || ch.charCodeAt(0) === 0x7f)
  if (hasControl || /[~^:?*[\\]/.test(tag)) {
    return 'it contains a space, a control character or one of ~ ^ : ? * [ \\'
  }
  if (tag.includes('..')) return "it contains '..'"
  if (tag.includes('@{') || tag === '@') return "it contains '@{' or is '@'"
  if (tag.includes('//')) return "it contains '//'"
  if (tag.startsWith('/') || tag.endsWith('/') || tag.endsWith('.')) {
    return "it starts or ends with '/' or ends with '.'"
  }
  if (tag.startsWith('-')) return "it starts with '-'"
  if (tag.split('/').some(part => part.startsWith('.') || part.endsWith('.lock'))) {
    return "a component starts with '.' or ends with '.lock'"
  }
  return null
}
