import type { FlattenedField, Payload, Where } from 'payload'
import { validOperatorSet } from 'payload/shared'

/**
 * Payload checks that a `where` path exists, not that its value fits the field: on SQLite a date
 * like "yesterday", an id like "abc" or an array given to `equals` reached the driver and came
 * back as a 500. This walks a `where` against the collection's fields and names the first problem.
 */
type Context = { payload: Payload; fields: FlattenedField[]; idType: 'number' | 'text' }

const listOperators = new Set(['in', 'not_in', 'all'])
const geoOperators = new Set(['near', 'within', 'intersects'])
const maxDepth = 8

type Resolved = { kind: 'id' } | { kind: 'field'; field: FlattenedField } | { kind: 'unknown' }

/** Follows a dotted path through groups and single-collection relationships. */
function resolvePath(context: Context, path: string): Resolved {
  let fields = context.fields
  const segments = path.split('.')
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i]
    const last = i === segments.length - 1
    if (name === 'id' && last) return { kind: 'id' }
    const field = fields.find((f) => 'name' in f && f.name === name)
    if (!field) return { kind: 'unknown' }
    if (last) return { kind: 'field', field }
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const related = context.payload.collections[field.relationTo as keyof Payload['collections']]
      if (!related) return { kind: 'unknown' }
      fields = related.config.flattenedFields
      continue
    }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      fields = field.flattenedFields
      continue
    }
    // Locale suffixes (title.en), blocks, polymorphic relationships: left to Payload.
    return { kind: 'unknown' }
  }
  return { kind: 'unknown' }
}

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value)

function checkScalar(resolved: Resolved, idType: Context['idType'], value: unknown, path: string): string | undefined {
  if (value === null || value === '' || value === undefined) return undefined
  const wantsNumericId =
    idType === 'number' &&
    (resolved.kind === 'id' ||
      (resolved.kind === 'field' &&
        (resolved.field.type === 'relationship' || resolved.field.type === 'upload') &&
        typeof resolved.field.relationTo === 'string'))
  if (wantsNumericId && !/^\d{1,15}$/.test(String(value).trim()))
    return `"${path}" takes a numeric id, not "${String(value).slice(0, 40)}".`
  if (resolved.kind !== 'field') return undefined
  if (resolved.field.type === 'date' && Number.isNaN(Date.parse(String(value))))
    return `"${path}" takes a date, not "${String(value).slice(0, 40)}".`
  if (resolved.field.type === 'number' && !Number.isFinite(Number(value))) return `"${path}" takes a number.`
  return undefined
}

function checkCondition(context: Context, path: string, condition: unknown): string | undefined {
  if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return `"${path}" needs an operator, e.g. ${path}[equals]=…`
  const resolved = resolvePath(context, path)
  for (const [operator, value] of Object.entries(condition)) {
    if (!validOperatorSet.has(operator as never)) return `Unknown operator "${operator}" on "${path}".`
    const isPoint = resolved.kind === 'field' && resolved.field.type === 'point'
    if (geoOperators.has(operator) !== isPoint && resolved.kind !== 'unknown') {
      return isPoint ? `"${path}" is a point; use near, within or intersects.` : `"${operator}" only applies to point fields.`
    }
    if (isPoint) continue
    if (operator === 'exists') {
      if (!['true', 'false', true, false].includes(value as never)) return `"${path}[exists]" takes true or false.`
      continue
    }
    const values = listOperators.has(operator) ? (typeof value === 'string' ? value.split(',') : value) : [value]
    if (!Array.isArray(values)) return `"${path}[${operator}]" takes a list.`
    for (const item of values) {
      if (!isScalar(item)) return `"${path}[${operator}]" takes ${listOperators.has(operator) ? 'a list of values' : 'one value'}.`
      const problem = checkScalar(resolved, context.idType, item, path)
      if (problem) return problem
    }
  }
  return undefined
}

function checkNode(context: Context, where: unknown, depth: number): string | undefined {
  if (depth > maxDepth) return `The query nests and/or more than ${maxDepth} levels deep.`
  if (!where || typeof where !== 'object' || Array.isArray(where)) return '"where" must be an object.'
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : null
      if (!branches) return `"${key}" takes a list of conditions.`
      for (const branch of branches) {
        const problem = checkNode(context, branch, depth + 1)
        if (problem) return problem
      }
      continue
    }
    const problem = checkCondition(context, key, value)
    if (problem) return problem
  }
  return undefined
}

export function checkWhere(payload: Payload, fields: FlattenedField[], where: Where | undefined): string | undefined {
  if (where === undefined || where === null) return undefined
  const idType = payload.db.defaultIDType === 'number' ? 'number' : 'text'
  return checkNode({ payload, fields, idType }, where, 0)
}

/** An id from a URL: on a numeric-id database "abc" can name no document. */
export function checkId(payload: Payload, id: unknown): string | undefined {
  if (id === undefined || id === null) return undefined
  if (payload.db.defaultIDType === 'number' && !/^\d{1,15}$/.test(String(id))) return `No document has the id "${String(id).slice(0, 40)}".`
  return undefined
}
