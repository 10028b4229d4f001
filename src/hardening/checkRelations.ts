import type { CollectionSlug, FlattenedField, Payload, ValidationFieldError } from 'payload'

import { countExisting } from '@/db/existingDocuments'
import { anyRelationId } from '@/utilities/docId'

type Ref = { path: string; collection: string; ids: (string | number)[] }

/** Relationship and upload values in `data`, through groups (not arrays or blocks). */
function collectRefs(fields: FlattenedField[], data: Record<string, unknown>, prefix = ''): Ref[] {
  const refs: Ref[] = []
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      const ids = (Array.isArray(value) ? value : [value])
        .map(anyRelationId)
        .filter((id): id is string | number => id !== undefined && id !== '')
      if (ids.length) refs.push({ path, collection: field.relationTo, ids })
    } else if (field.type === 'group' && value && typeof value === 'object' && !Array.isArray(value)) {
      refs.push(...collectRefs(field.flattenedFields, value as Record<string, unknown>, `${path}.`))
    }
  }
  return refs
}

/**
 * On SQLite a reference to a missing document fails a foreign key and came back as a 500; on
 * MongoDB it would be stored dangling. Either way the writer should hear which field is wrong.
 */
export async function missingRelations(payload: Payload, fields: FlattenedField[], data: unknown): Promise<ValidationFieldError[]> {
  if (!data || typeof data !== 'object') return []
  const errors: ValidationFieldError[] = []
  for (const ref of collectRefs(fields, data as Record<string, unknown>)) {
    const unique = [...new Set(ref.ids.map(String))]
    const numeric = payload.db.defaultIDType === 'number'
    if (numeric && unique.some((id) => !/^\d{1,15}$/.test(id))) {
      errors.push({ path: ref.path, message: `"${ref.path}" takes document ids.` })
      continue
    }
    const totalDocs = await countExisting(payload, ref.collection as CollectionSlug, numeric ? unique.map(Number) : unique)
    if (totalDocs < unique.length)
      errors.push({ path: ref.path, message: `"${ref.path}" refers to a ${ref.collection} document that does not exist.` })
  }
  return errors
}
