import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, TextField, Where } from 'payload'

import { locales } from '@/i18n/locales'
import { foldDiacritics } from '@/utilities/foldDiacritics'
import { nestedRequest } from '@/utilities/nestedRequest'

/**
 * Every language's name of the tag, folded (no diacritics, lower case), in one unlocalized hidden
 * field, so that the tag picker finds "Hà Nội" by typing "ha noi" (and by its name in any language).
 */
export const foldedNameField: TextField = {
  name: 'foldedName',
  type: 'text',
  index: true,
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
}

export function foldedNamesOf(names: (string | null | undefined)[]): string {
  return [...new Set(names.filter((name): name is string => Boolean(name?.trim())).map(foldDiacritics))].join(' | ')
}

export const fillFoldedName: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const locale = req.locale && req.locale !== 'all' ? req.locale : 'vi'
  let names: Record<string, string | null | undefined> = {}
  if (originalDoc?.id) {
    const all = await req.payload
      .findByID({ collection: 'tags', id: originalDoc.id, locale: 'all', depth: 0, overrideAccess: true, req: nestedRequest(req) })
      .catch(() => null)
    names = (all?.name as unknown as Record<string, string> | undefined) ?? {}
  }
  if (typeof data.name === 'string') names[locale] = data.name
  else if (data.name && typeof data.name === 'object') Object.assign(names, data.name)
  return { ...data, foldedName: foldedNamesOf(locales.map((code) => names[code])) }
}

function widen(where: Where): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && value && typeof value === 'object') {
      const list = Array.isArray(value) ? value : Object.values(value)
      out[key] = list.map((inner) => widen(inner as Where))
    } else if (key === 'name' && value && typeof value === 'object' && 'like' in value && typeof value.like === 'string') {
      const folded = foldDiacritics(value.like).trim()
      out.and = [...((out.and as Where[]) ?? []), { or: [{ name: value }, ...(folded ? [{ foldedName: { like: folded } }] : [])] }]
    } else {
      out[key] = value as Where[string]
    }
  }
  return out
}

/** A search on the tag's name (the picker's, the list's) also matches its folded names. */
export const searchFoldedName: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const options = args as { where?: Where }
  return options.where ? { ...args, where: widen(options.where) } : args
}
