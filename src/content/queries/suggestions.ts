import type { Payload, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { scoreCandidates, type Scorable } from '@/related/score'
import { cardPopulate, cardSelect, publicRead, relationId, toCard, type Card } from './common'

type Ref = number | { id: number } | null | undefined

/** The article suggestions are computed for, in the locale being read or edited. */
export type SuggestionSubject = {
  id: number
  title?: string | null
  lead?: string | null
  section?: Ref
  tags?: Ref[] | null
}

/** How many candidates each bounded query may bring: suggestions never scan the collection. */
export const candidateLimits = { byTags: 40, bySection: 30, recent: 40 } as const

export type Suggestion = { card: Card; score: number }

type Candidate = Pick<Article, 'id' | 'title' | 'lead' | 'slug' | 'publishedAt' | 'section' | 'heroImage' | 'tags'>

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
 * Articles published in `locale` that look related to `subject`, best first. Candidates come
 * from three bounded queries (sharing a tag, same section, the most recent), then are scored
 * in memory by src/related/score.ts.
 */
export async function suggestRelated(
  payload: Payload,
  locale: Locale,
  subject: SuggestionSubject,
  { limit, exclude = [] }: { limit: number; exclude?: number[] },
): Promise<Suggestion[]> {
  const tags = ids(subject.tags)
  const section = relationId(subject.section)
  const notThese: Where = { id: { not_in: [subject.id, ...exclude] } }
  const query = (where: Where | undefined, max: number) =>
    payload.find({
      collection: 'articles',
      locale,
      ...publicRead,
      depth: 1,
      limit: max,
      pagination: false,
      sort: '-publishedAt',
      select: { ...cardSelect, tags: true },
      // Tags are compared by id only.
      populate: { ...cardPopulate, tags: { slug: true } },
      where: { and: [{ publishedAt: { exists: true } }, notThese, ...(where ? [where] : [])] },
    })
  const [byTags, bySection, recent] = await Promise.all([
    tags.length ? query({ tags: { in: tags } }, candidateLimits.byTags) : Promise.resolve({ docs: [] as Candidate[] }),
    section ? query({ section: { equals: section } }, candidateLimits.bySection) : Promise.resolve({ docs: [] as Candidate[] }),
    query(undefined, candidateLimits.recent),
  ])
  const candidates = [...byTags.docs, ...bySection.docs, ...recent.docs].map((doc) => toScorable(doc as Candidate))
  const ranked = scoreCandidates({ id: subject.id, title: subject.title, lead: subject.lead, section, tags }, candidates)
  const out: Suggestion[] = []
  for (const { item, score } of ranked) {
    if (out.length >= limit) break
    const card = toCard(locale, item.doc)
    if (card) out.push({ card, score })
  }
  return out
}
