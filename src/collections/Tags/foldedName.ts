import type { TextField } from 'payload'

import { fillSearchText, widenSearch, type SearchAcrossLocales } from '@/hooks/searchAcrossLocales'

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

const search: SearchAcrossLocales = { collection: 'tags', field: 'name', searchField: 'foldedName' }

export const fillFoldedName = fillSearchText(search)

/** A search on the tag's name (the picker's, the list's) also matches its folded names. */
export const searchFoldedName = widenSearch(search)
