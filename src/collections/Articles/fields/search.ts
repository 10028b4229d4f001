import type { FieldHook, TextField } from 'payload'

import { foldText } from '@/search/fold'
import { lexicalPlainText } from '@/search/plainText'

/**
 * The search index of an edition, kept in the article itself so that search needs nothing but
 * Payload's `contains` (the same on SQLite and MongoDB): the folded headline (ranked first) and
 * the folded headline + lead + body. Recomputed on every save of the edition, draft or publish;
 * the public only ever matches the published copy, because public reads are filtered by status.
 * Never shown in the admin nor returned by the API (an afterRead hook drops them).
 */
type Source = { title?: unknown; lead?: unknown; body?: unknown }

/** The edition's text as it will be saved: what this write sends, else what it already had. */
function pick(siblingData: Source, originalDoc: Source | undefined, key: keyof Source): unknown {
  return siblingData[key] !== undefined ? siblingData[key] : originalDoc?.[key]
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** The two index values of an edition's text; also used to fill the index of existing rows (src/db). */
export function searchIndexOf({ title, lead, body }: Source): { searchTitle: string; searchText: string } {
  return {
    searchTitle: foldText(text(title)),
    searchText: foldText([text(title), text(lead), lexicalPlainText(body)].join('\n')),
  }
}

const edition = (siblingData: Source, originalDoc: Source | undefined): Source => ({
  title: pick(siblingData, originalDoc, 'title'),
  lead: pick(siblingData, originalDoc, 'lead'),
  body: pick(siblingData, originalDoc, 'body'),
})

const indexTitle: FieldHook = ({ siblingData, originalDoc }) => searchIndexOf(edition(siblingData, originalDoc)).searchTitle

const indexText: FieldHook = ({ siblingData, originalDoc }) => searchIndexOf(edition(siblingData, originalDoc)).searchText

/** It is an index, not content: removed from every read (Payload keeps a value a hook returns as undefined). */
const dropFromReads: FieldHook = ({ field, siblingData }) => {
  const name = 'name' in field ? field.name : undefined
  if (name) delete (siblingData as Record<string, unknown>)[name]
  return undefined
}

function indexField(name: string, compute: FieldHook): TextField {
  return {
    name,
    type: 'text',
    localized: true,
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
    hooks: { beforeChange: [compute], afterRead: [dropFromReads] },
  }
}

export const searchTitleField = indexField('searchTitle', indexTitle)
export const searchTextField = indexField('searchText', indexText)
