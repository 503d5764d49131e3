/**
 * GitHub Actions expressions for the job-by-job workflow runner, evaluated by
 * @actions/expressions (GitHub's own parser and evaluator, not a hand-written one): a whole
 * `${{ expr }}` keeps its type (a list from fromJSON stays a list), text with expressions in it
 * becomes a string, and an `if:` without a status function means `success() && (...)`, as the
 * runner reads it. The status functions are given by the caller (they depend on the job).
 */
import { Evaluator, Lexer, Parser, data } from '@actions/expressions'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import { truthy } from '@actions/expressions/result'

/** The contexts an expression may read (github, inputs, needs, matrix, steps, ...). */
export type Contexts = Readonly<Record<string, unknown>>

/** What success(), failure(), cancelled() and always() answer where the expression is. */
export interface Status {
  readonly success: boolean
  readonly failure: boolean
}

const CONTEXT_NAMES = [
  'github',
  'inputs',
  'secrets',
  'needs',
  'jobs',
  'matrix',
  'strategy',
  'steps',
  'env',
  'runner',
  'job',
  'vars'
]
const STATUS_FUNCTIONS = ['success', 'failure', 'cancelled', 'always']

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const answer = (value: boolean) => () => new data.BooleanData(value)
  const values: Record<string, boolean> = {
    success: status.success,
    failure: status.failure,
    cancelled: false,
    always: true
  }
  return new Map(
    STATUS_FUNCTIONS.map(name => [
      name,
      { name, minArgs: 0, maxArgs: 0, call: answer(values[name]!) }
    ])
  )
}

function parse(expression: string) {
  const lexed = new Lexer(expression).lex()
  return new Parser(
    lexed.tokens,
    CONTEXT_NAMES,
    STATUS_FUNCTIONS.map(name => ({ name, minArgs: 0, maxArgs: 0 }))
  ).parse()
}

function evaluateData(expression: string, contexts: Contexts, status: Status) {
  const dictionary = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary
  return new Evaluator(parse(expression), dictionary, statusFunctions(status)).evaluate()
}

/** Evaluates one expression (without `${{ }}`) to a plain value. */
export function evaluate(expression: string, contexts: Contexts, status: Status): unknown {
  const result = evaluateData(expression, contexts, status)
  return JSON.parse(JSON.stringify(result, data.replacer)) as unknown
}

const WHOLE = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/
const EMBEDDED = /\$\{\{([\s\S]*?)\}\}/g

/** A value from a workflow file with its `${{ }}` expressions evaluated (objects deeply). */
export function interpolate(value: unknown, contexts: Contexts, status: Status): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value)
    if (whole) return evaluate(whole[1]!, contexts, status)
    return value.replace(EMBEDDED, (_all, expression: string) =>
      evaluateData(expression, contexts, status).coerceString()
    )
  }
  if (Array.isArray(value)) return value.map(item => interpolate(item, contexts, status))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolate(item, contexts, status)])
    )
  }
  return value
}

/** A value as the runner passes it to a step: strings as they are, others in their text form. */
export function asText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'boolean' || typeof value === 'number') return String(value)
  return JSON.stringify(value)
}

/** An `if:` condition: with or without `${{ }}`; `success() && (...)` unless it has a status call. */
export function condition(text: unknown, contexts: Contexts, status: Status): boolean {
  if (text === undefined || text === null) return status.success
  if (typeof text === 'boolean') return text && status.success
  const whole = WHOLE.exec(String(text))
  const expression = whole ? whole[1]! : String(text)
  const hasStatus = new RegExp(`\\b(${STATUS_FUNCTIONS.join('|')})\\s*\\(`).test(expression)
  const full = hasStatus ? expression : `success() && (${expression})`
  return truthy(evaluateData(full, contexts, status))
}
