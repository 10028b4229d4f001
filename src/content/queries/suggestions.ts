import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { scoreCandidates, type Scorable } from '@/related/score'
import { cardsByIds, publicRead, relationId, type Card } from './common'

type Ref = number | { id: number } | null | undefined

/** The article suggestions are computed for, in the locale being read or edited. */
export type SuggestionSubject = {
  id: number
  title?: string | null
  lead?: string | null
  section?: Ref
  tags?: Ref[] | null
}

/** How many candidates the bounded queries may bring (tags and section share one): suggestions never scan the collection. */
export const candidateLimits = { byTags: 40, bySection: 30, recent: 40 } as const

export type Suggestion = { card: Card; score: number }

type Candidate = Pick<Article, 'id' | 'title' | 'lead' | 'slug' | 'publishedAt' | 'section' | 'tags'>

function ids(list: Ref[] | null | undefined): number[] {
  return (list ?? []).map((value) => relationId(value)).filter((id): id is number => id !== undefined)
}

function toScorable(doc: Candidate): Scorable & { doc: Candidate } {
  return {
    id: doc.id,
    title: doc.title,
    lead: doc.lead,
    section: relationId(doc.section as Ref),
    tags: ids(doc.tags as Ref[]),
    publishedAt: doc.publishedAt,
    doc,
  }
}

/**
 * Ids of articles published in `locale` that look related to `subject`, best first, with their
 * scores. Candidates come from two bounded queries (sharing a tag or the section; the most
 * recent), read without populating anything, then scored in memory by src/related/score.ts.
 */
export async function rankSuggestions(
  payload: Payload,
  locale: Locale,
  subject: SuggestionSubject,
  { limit, exclude = [] }: { limit: number; exclude?: number[] },
): Promise<{ id: number; score: number }[]> {
  const tags = ids(subject.tags)
  const section = relationId(subject.section)
  const notThese: Where = { id: { not_in: [subject.id, ...exclude] } }
  const query = (where: Where | undefined, max: number) =>
    payload.find({
      collection: 'articles',
      locale,
      ...publicRead,
      depth: 0,
      limit: max,
      pagination: false,
      sort: '-publishedAt',
      select: { title: true, lead: true, slug: true, publishedAt: true, section: true, tags: true },
      where: { and: [{ publishedAt: { exists: true } }, notThese, ...(where ? [where] : [])] },
    })
  const near: Where[] = [...(tags.length ? [{ tags: { in: tags } }] : []), ...(section ? [{ section: { equals: section } }] : [])]
  const [close, recent] = await Promise.all([
    near.length ? query({ or: near }, candidateLimits.byTags + candidateLimits.bySection) : Promise.resolve({ docs: [] as Candidate[] }),
    query(undefined, candidateLimits.recent),
  ])
  const candidates = [...close.docs, ...recent.docs].map((doc) => toScorable(doc as Candidate))
  const ranked = scoreCandidates({ id: subject.id, title: subject.title, lead: subject.lead, section, tags }, candidates)
  return ranked.slice(0, limit).map(({ item, score }) => ({ id: item.id, score }))
}

/** Suggestions as cards, best first (the editors' sidebar and the Related widget's top-up). */
export async function suggestRelated(
  payload: Payload,
  locale: Locale,
  subject: SuggestionSubject,
  { limit, exclude = [] }: { limit: number; exclude?: number[] },
): Promise<Suggestion[]> {
  // A few more than asked for: an edition whose section has no page in this locale is no card.
  const best = await rankSuggestions(payload, locale, subject, { limit: limit + 4, exclude })
  const cards = new Map(
    (
      await cardsByIds(
        payload,
        locale,
        best.map(({ id }) => id),
      )
    ).map((card) => [card.id, card]),
  )
  const out: Suggestion[] = []
  for (const { id, score } of best) {
    const card = cards.get(id)
    if (card) out.push({ card, score })
    if (out.length >= limit) break
  }
  return out
}
