import type { Field, Payload } from 'payload'

/**
 * Fields the save itself derives (indexes, stamps, fingerprints): nobody edits them, so they are
 * never "shared fields someone changed".
 */
const derivedFields = new Set(['allHeadlines', 'createdAt', 'updatedAt', 'sourceFingerprint', 'editionEdit', 'photos', '_status'])

function childFields(field: Field): Field[] {
  if ('fields' in field && Array.isArray(field.fields)) return field.fields
  if (field.type === 'tabs') return field.tabs.flatMap((tab) => tab.fields)
  return []
}

/** Whether any part of the field is per edition: a group with one localized child is not shared. */
function hasLocalizedPart(field: Field): boolean {
  if ('localized' in field && field.localized) return true
  return childFields(field).some(hasLocalizedPart)
}

/**
 * The article's shared fields: those that hold one value for every edition (no localized part),
 * leaving out what the save derives and what holds no data (ui, join). Drupal calls them
 * non-translatable fields; they change only through the source edition.
 */
export function sharedFieldNames(fields: Field[]): string[] {
  const names: string[] = []
  for (const field of fields) {
    if (field.type === 'ui' || field.type === 'join') continue
    if (!('name' in field) || !field.name) {
      names.push(...sharedFieldNames(childFields(field)))
      continue
    }
    if (derivedFields.has(field.name) || hasLocalizedPart(field)) continue
    names.push(field.name)
  }
  return names
}

const articleSharedNames = new WeakMap<Field[], string[]>()

/** The articles collection's shared fields, worked out once per config rather than on every save. */
export function articleSharedFields(payload: Payload): string[] {
  const fields = payload.collections.articles.config.fields
  let names = articleSharedNames.get(fields)
  if (!names) {
    names = sharedFieldNames(fields)
    articleSharedNames.set(fields, names)
  }
  return names
}

const isoDate = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/**
 * One comparable form of a stored value: a populated document and its id are the same value, an
 * empty list, an empty string, null and a missing value are all "nothing", dates compare as instants.
 */
function canonical(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') return isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : value
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(canonical)
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated document (relationship or upload) stands for its id.
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return String(record.id)
    // A polymorphic relationship value.
    if ('relationTo' in record && 'value' in record) return `${String(record.relationTo)}:${String(canonical(record.value))}`
    const entries = Object.keys(record)
      .filter((key) => key !== 'id')
      .sort()
      .map((key) => [key, canonical(record[key])] as const)
      .filter(([, inner]) => inner !== null)
    return entries.length === 0 ? null : Object.fromEntries(entries)
  }
  return value
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}
