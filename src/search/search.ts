import type { Payload, Where } from 'payload'

import { cardImage, toCard, type CardImage } from '@/content/queries/common'
import { matchingArticleIds, searchHitArticles } from '@/content/queries/search'
import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'
import { populated } from '@/utilities/populated'
import { matchPattern, parseQuery, type SearchQuery } from './fold'
import { excerpt, highlight, type MatchMode, type Segment } from './highlight'
import { lexicalPlainText } from './plainText'

/** Results per page. */
export const searchPageSize = 10
/** Results a query can page through; past that, readers refine the query. */
export const maxSearchResults = 500

export type SearchHit = {
  id: number
  href: string
  publishedAt: string | null
  sectionName: string | null
  image: CardImage | null
  title: Segment[]
  lead: Segment[]
  /** A passage of the body around the match, when the body matches and the lead does not. */
  passage: Segment[] | null
}

export type SearchResults = {
  query: SearchQuery
  /** `empty`: nothing searchable was typed (blank, only symbols); no search was run. */
  status: 'empty' | 'ok'
  /** How the query matched: as a phrase, or (when the phrase is nowhere) word by word. */
  mode: 'phrase' | 'words' | null
  hits: SearchHit[]
  /** Matches, counted up to the cap (`maxResults`); past it, `more` is true. */
  total: number
  /** More editions match than a reader can page through: the count stopped at the cap. */
  more: boolean
  page: number
  totalPages: number
}

type Field = 'searchText' | 'searchTitle'

/**
 * The query as conditions on one index field. Latin patterns always carry their boundary spaces,
 * so no pattern can look like an ObjectId, which the MongoDB adapter would not treat as text.
 */
function matching(field: Field, query: SearchQuery, mode: 'phrase' | 'words'): Where {
  if (mode === 'phrase') return { [field]: { contains: matchPattern(query.phrase) } }
  return { and: query.words.map((word) => ({ [field]: { contains: matchPattern(word) } })) }
}

const published: Where = { publishedAt: { exists: true } }

/**
 * Site search in one locale: published editions whose headline, lead or body hold the query,
 * folded (no case, no diacritics). Headline matches come first, each group newest first.
 * Only Payload `contains` queries, under the public's access rules.
 */
export async function searchArticles(
  payload: Payload,
  locale: Locale,
  rawQuery: unknown,
  requestedPage = 1,
  { maxResults = maxSearchResults }: { maxResults?: number } = {},
): Promise<SearchResults> {
  const query = parseQuery(rawQuery)
  const page = Number.isInteger(requestedPage) && requestedPage >= 1 ? requestedPage : 1
  const empty: SearchResults = { query, status: 'empty', mode: null, hits: [], total: 0, more: false, page: 1, totalPages: 0 }
  if (query.words.length === 0) return empty

  // Every match, newest first, up to one more than the cap ("more than a reader can page
  // through"): the database stops there instead of counting the archive, and these ids are the
  // results after the headline matches.
  let mode: 'phrase' | 'words' = 'phrase'
  let matches = await matchingArticleIds(payload, locale, { and: [published, matching('searchText', query, mode)] }, maxResults + 1)
  if (matches.length === 0 && query.words.length > 1) {
    mode = 'words'
    matches = await matchingArticleIds(payload, locale, { and: [published, matching('searchText', query, mode)] }, maxResults + 1)
  }
  const found = matches.length
  const shown = Math.min(found, maxResults)
  const totalPages = Math.ceil(shown / searchPageSize)
  const base = { query, status: 'ok' as const, mode, total: shown, more: found > maxResults, totalPages, page }
  if (page > totalPages) return { ...base, hits: [] }

  const from = (page - 1) * searchPageSize
  const to = Math.min(from + searchPageSize, shown)
  // Headline matches first: their ids (bounded), then the other matches, excluding them.
  const inTitle = await matchingArticleIds(payload, locale, { and: [published, matching('searchTitle', query, mode)] }, to)
  let pageIds = inTitle.slice(from, to)
  if (pageIds.length < to - from) {
    const skip = Math.max(0, from - inTitle.length)
    const titled = new Set(inTitle)
    const rest = matches.filter((id) => !titled.has(id))
    pageIds = [...pageIds, ...rest.slice(skip, skip + (to - from - pageIds.length))]
  }
  return { ...base, hits: await loadHits(payload, locale, pageIds, query, mode) }
}

async function loadHits(payload: Payload, locale: Locale, pageIds: number[], query: SearchQuery, mode: MatchMode): Promise<SearchHit[]> {
  const docs = await searchHitArticles(payload, locale, pageIds)
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return pageIds.flatMap((id) => {
    const doc = byId.get(id)
    const card = doc && toCard(locale, doc)
    if (!doc || !card) return []
    const lead = doc.lead ?? ''
    const leadSegments = highlight(lead, query, mode)
    const leadMatches = leadSegments.some((segment) => segment.match)
    return [
      {
        id,
        href: card.href,
        publishedAt: card.publishedAt,
        sectionName: card.sectionName,
        image: cardImage(populated<Media>(doc.heroImage)),
        title: highlight(doc.title, query, mode),
        lead: leadSegments,
        passage: leadMatches ? null : (excerpt(lexicalPlainText(doc.body), query, 220, mode) ?? null),
      },
    ]
  })
}
