import type { Article } from '@/payload-types'

/**
 * A document id as the database adapter makes it: an integer on SQLite, a 24-hex ObjectId
 * string on MongoDB. `src/payload-types.ts` is generated on SQLite and says `number`; code that
 * looks at ids at run time must accept both, so it goes through these two functions.
 */
export type DocId = Article['id']

/** The id of a relationship value, whether it was populated (an object) or not (an id). */
export function relationId<Id extends DocId>(value: Id | { id: Id } | null | undefined): Id | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? value.id : value
}

/**
 * The id in a relationship value however it arrives: an id, a populated document (`{ id }`) or
 * the admin's `{ relationTo, value }`. Not checked: parseDocId says whether it is a valid id.
 */
export function anyRelationId(value: unknown): string | number | undefined {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (!value || typeof value !== 'object') return undefined
  if ('value' in value) return anyRelationId(value.value)
  if ('id' in value) return anyRelationId(value.id)
  return undefined
}

const sqliteId = /^[1-9][0-9]{0,15}$/
const mongoId = /^[0-9a-f]{24}$/i

/**
 * An id taken from a URL, a form or a list row: a positive integer (SQLite) or an ObjectId
 * (MongoDB). Everything that reads an id from outside goes through here; `Number(id)` would turn
 * every MongoDB id into NaN.
 */
export function parseDocId(raw: unknown): DocId | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? raw : undefined
  if (typeof raw !== 'string' || !raw) return undefined
  if (sqliteId.test(raw)) return Number.isSafeInteger(Number(raw)) ? Number(raw) : undefined
  // The generated types say number; on MongoDB the adapter's ids are these strings.
  if (mongoId.test(raw)) return raw.toLowerCase() as unknown as DocId
  return undefined
}

/** Whether two ids (from any source: populated, raw, typed in a URL) name the same document. */
export function sameDocId(a: unknown, b: unknown): boolean {
  const left = parseDocId(a)
  return left !== undefined && left === parseDocId(b)
}

/** Orders ids the way the adapter issues them (integers numerically, ObjectIds by creation). */
export function compareDocIds(a: DocId, b: DocId): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))
}
