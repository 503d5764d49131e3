/**
 * The messages of the Actions results service (github.actions.results.api.v1, spoken as twirp
 * with JSON bodies) as the toolkit's own generated code declares them: the field lists are read
 * from @actions/artifact's and @actions/cache's generated protobuf files, so the stand-in checks
 * every request, and every answer it gives, against the protocol the toolkit was built for
 * (the way github-server.ts checks against GitHub's OpenAPI description).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** One field of a message: its proto name, kind, scalar type or message name, repetition. */
interface Field {
  readonly name: string
  readonly kind: 'scalar' | 'message' | 'enum' | 'map'
  /** protobuf ScalarType number for scalars (9 string, 8 bool, 5 int32, 3 int64). */
  readonly scalar?: number
  /** The message type's short name for message fields (`StringValue`, `CacheMetadata`). */
  readonly message?: string
  readonly repeated: boolean
}

const GENERATED = [
  'node_modules/@actions/artifact/lib/generated/results/api/v1/artifact.js',
  'node_modules/@actions/cache/lib/generated/results/api/v1/cache.js',
  'node_modules/@actions/cache/lib/generated/results/entities/v1/cachemetadata.js',
  'node_modules/@actions/cache/lib/generated/results/entities/v1/cachescope.js'
]

/** Well-known wrapper types: in JSON they are the plain value (int64 as a string). */
const WRAPPERS: Record<string, 'string' | 'int64' | 'timestamp'> = {
  StringValue: 'string',
  Int64Value: 'int64',
  Timestamp: 'timestamp'
}

let schemas: Map<string, Field[]> | null = null

/** Every message the toolkit's generated code declares, by short name (`A.B` becomes `A_B`). */
function loadSchemas(): Map<string, Field[]> {
  if (schemas) return schemas
  schemas = new Map()
  const messagePattern =
    /super\("github\.actions\.results\.[\w.]+?\.v1\.([\w.]+)", \[([\s\S]*?)\]\);/g
  const fieldPattern =
    /\{ no: \d+, name: "(\w+)", kind: "(\w+)"(?:, (?:repeat|localName|oneof): [^,]+?)*, T: (?:(\d+)|\(\) => (\w+))/g
  for (const file of GENERATED) {
    const source = readFileSync(path.resolve(file), 'utf8')
    for (const [, name, body] of source.matchAll(messagePattern)) {
      const fields: Field[] = []
      for (const match of body!.matchAll(fieldPattern)) {
        const [whole, fieldName, kind, scalar, message] = match
        fields.push({
          name: fieldName!,
          kind: kind as Field['kind'],
          scalar: scalar === undefined ? undefined : Number(scalar),
          message,
          repeated: /repeat: [12]/.test(whole)
        })
      }
      schemas.set(name!.replace(/\./g, '_'), fields)
    }
  }
  for (const required of ['CreateArtifactRequest', 'CreateCacheEntryRequest', 'CacheScope']) {
    if (!schemas.has(required)) throw new Error(`the toolkit's generated code lacks ${required}`)
  }
  return schemas
}

/** True when the service's generated code declares `<method>Request`. */
export function hasMessage(name: string): boolean {
  return loadSchemas().has(name)
}

function checkScalar(value: unknown, scalar: number | undefined, where: string): string[] {
  switch (scalar) {
    case 9:
      return typeof value === 'string' ? [] : [`${where}: expected a string`]
    case 8:
      return typeof value === 'boolean' ? [] : [`${where}: expected a boolean`]
    case 5:
      return Number.isInteger(value) ? [] : [`${where}: expected an int32`]
    case 3:
      // protobuf JSON writes 64-bit integers as decimal strings (numbers are accepted too).
      return (typeof value === 'string' && /^-?\d+$/.test(value)) || Number.isInteger(value)
        ? []
        : [`${where}: expected an int64`]
    default:
      return [`${where}: scalar type ${String(scalar)} is not modelled`]
  }
}

function checkField(field: Field, value: unknown, where: string): string[] {
  if (field.repeated) {
    if (!Array.isArray(value)) return [`${where}: expected an array`]
    return value.flatMap((item, i) =>
      checkField({ ...field, repeated: false }, item, `${where}[${i}]`)
    )
  }
  if (field.kind === 'scalar') return checkScalar(value, field.scalar, where)
  const wrapper = WRAPPERS[field.message ?? '']
  if (wrapper === 'int64') return checkScalar(value, 3, where)
  if (wrapper === 'string') return checkScalar(value, 9, where)
  if (wrapper === 'timestamp') {
    return typeof value === 'string' && !Number.isNaN(Date.parse(value))
      ? []
      : [`${where}: expected an RFC 3339 timestamp`]
  }
  return checkMessage(field.message ?? '', value, where)
}

/** What in `value` does not fit message `name` (unknown fields, wrong types); empty when fine. */
export function checkMessage(name: string, value: unknown, where = name): string[] {
  const fields = loadSchemas().get(name)
  if (!fields) return [`${where}: no message ${name} in the toolkit's generated code`]
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [`${where}: expected an object`]
  }
  const problems: string[] = []
  for (const [key, item] of Object.entries(value)) {
    const field = fields.find(f => f.name === key)
    if (!field) problems.push(`${where}: unknown field ${key}`)
    else problems.push(...checkField(field, item, `${where}.${key}`))
  }
  return problems
}
