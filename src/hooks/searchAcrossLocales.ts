import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { locales } from '@/i18n/locales'
import { foldDiacritics } from '@/utilities/foldDiacritics'
import { nestedRequest } from '@/utilities/nestedRequest'

/**
 * A localized field made searchable across languages and without diacritics: a hidden,
 * unlocalized text field holds its value in every language, folded ("Hà Nội" → "ha noi"), so a
 * search typed in one admin language, with or without marks, finds the document by any of them.
 * Used by tags (the tag picker) and articles (the list's search, the related picker).
 */
export type SearchAcrossLocales = {
  collection: CollectionSlug
  /** The localized field people search on (the `useAsTitle`). */
  field: string
  /** The hidden unlocalized field that holds the joined values. */
  searchField: string
  /** Keep the values as typed next to their folded form (articles: their list search matches both). */
  keepTyped?: boolean
  /** Whose searches are widened (default: everyone's). */
  widensFor?: (req: PayloadRequest) => boolean
}

/** The joined search text of a field's values in every language. */
export function searchTextOf(values: (string | null | undefined)[], keepTyped = false): string {
  const typed = [...new Set(values.filter((value): value is string => Boolean(value?.trim())))]
  const folded = [...new Set(typed.map(foldDiacritics))]
  return (keepTyped ? [...typed, ...folded.filter((value) => !typed.includes(value))] : folded).join(' | ')
}

/** Before a save: recomputes the search text from the stored languages and the one being saved. */
export function fillSearchText({ collection, field, searchField, keepTyped = false }: SearchAcrossLocales): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const locale = req.locale && req.locale !== 'all' ? req.locale : 'vi'
    let values: Record<string, string | null | undefined> = {}
    if (originalDoc?.id) {
      const all = await req.payload
        .findByID({
          collection,
          id: originalDoc.id,
          locale: 'all',
          draft: true,
          depth: 0,
          overrideAccess: true,
          select: { [field]: true },
          req: nestedRequest(req),
        })
        .catch(() => null)
      values = ((all as Record<string, unknown> | null)?.[field] as Record<string, string> | undefined) ?? {}
    }
    const incoming = data[field]
    if (typeof incoming === 'string') values[locale] = incoming
    else if (incoming && typeof incoming === 'object') Object.assign(values, incoming)
    return {
      ...data,
      [searchField]: searchTextOf(
        locales.map((code) => values[code]),
        keepTyped,
      ),
    }
  }
}

/** `field like X` becomes `field like X or searchField like fold(X)`, at any depth of and/or. */
function widen(where: Where, field: string, searchField: string): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && value && typeof value === 'object') {
      // A form-encoded query (the admin's POST with a GET override) may give {"0": …, "1": …}.
      const list = Array.isArray(value) ? value : Object.values(value)
      out[key] = list.map((inner) => widen(inner as Where, field, searchField))
    } else if (key === field && value && typeof value === 'object' && 'like' in value && typeof value.like === 'string') {
      const folded = foldDiacritics(value.like).trim()
      // Nested, so that any other condition on this level is kept as it was.
      out.and = [...((out.and as Where[]) ?? []), { or: [{ [field]: value }, ...(folded ? [{ [searchField]: { like: folded } }] : [])] }]
    } else {
      out[key] = value as Where[string]
    }
  }
  return out
}

/** Before a read or count: a search on the field also looks at its values in every language, folded. */
export function widenSearch({ field, searchField, widensFor = () => true }: SearchAcrossLocales): CollectionBeforeOperationHook {
  return ({ args, operation, req }) => {
    if ((operation !== 'read' && operation !== 'count') || !widensFor(req)) return args
    const options = args as { where?: Where }
    return options.where ? { ...args, where: widen(options.where, field, searchField) } : args
  }
}
