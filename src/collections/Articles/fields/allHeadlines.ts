import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, TextField, Where } from 'payload'

import { isStaffUser } from '@/access/roles'
import { locales } from '@/i18n/locales'
import { foldDiacritics } from '@/utilities/foldDiacritics'
import { nestedRequest } from '@/utilities/nestedRequest'

/**
 * Every edition's headline, as typed and folded (no diacritics), in one unlocalized field, so
 * that staff searching in any admin language (the list's search, the "Related" picker) find an
 * article by any of its headlines, with or without diacritics.
 */
export const allHeadlinesField: TextField = {
  name: 'allHeadlines',
  type: 'text',
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  access: { read: ({ req }) => isStaffUser(req.user) },
}

export function allHeadlinesOf(titles: (string | null | undefined)[]): string {
  const distinct = [...new Set(titles.filter((title): title is string => Boolean(title?.trim())))]
  return [...distinct, ...distinct.map(foldDiacritics)].join(' | ')
}

export const fillAllHeadlines: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const locale = req.locale && req.locale !== 'all' ? req.locale : 'vi'
  let titles: Record<string, string | null | undefined> = {}
  if (originalDoc?.id) {
    const all = await req.payload
      .findByID({
        collection: 'articles',
        id: originalDoc.id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: true,
        req: nestedRequest(req),
        select: { title: true },
      })
      .catch(() => null)
    titles = (all?.title as unknown as Record<string, string> | undefined) ?? {}
  }
  if (typeof data.title === 'string') titles[locale] = data.title
  else if (data.title && typeof data.title === 'object') Object.assign(titles, data.title)
  data.allHeadlines = allHeadlinesOf(locales.map((code) => titles[code]))
  return data
}

function widen(where: Where): Where {
  const out: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && value && typeof value === 'object') {
      // A form-encoded query (the admin's POST with a GET override) may give {"0": …, "1": …}.
      const list = Array.isArray(value) ? value : Object.values(value)
      out[key] = list.map((inner) => widen(inner as Where))
    } else if (key === 'title' && value && typeof value === 'object' && 'like' in value && typeof value.like === 'string') {
      // Keep any other condition on the key's level by nesting the widened one.
      out.and = [...((out.and as Where[]) ?? []), { or: [{ title: value }, { allHeadlines: { like: foldDiacritics(value.like) } }] }]
    } else {
      out[key] = value as Where[string]
    }
  }
  return out
}

/** Staff searches on the headline look at every edition's headline (see allHeadlinesField). */
export const searchAnyLocale: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'read' && operation !== 'count') || !isStaffUser(req.user)) return args
  const options = args as { where?: Where }
  return options.where ? { ...args, where: widen(options.where) } : args
}
