import type { TextField } from 'payload'

import { isStaffUser } from '@/access/roles'
import { fillSearchText, widenSearch, type SearchAcrossLocales } from '@/hooks/searchAcrossLocales'

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

const search: SearchAcrossLocales = {
  collection: 'articles',
  field: 'title',
  searchField: 'allHeadlines',
  keepTyped: true,
  // Readers' searches go through the site's own search (src/content/queries/search.ts).
  widensFor: (req) => isStaffUser(req.user),
}

export const fillAllHeadlines = fillSearchText(search)

/** Staff searches on the headline look at every edition's headline (see allHeadlinesField). */
export const searchAnyLocale = widenSearch(search)
