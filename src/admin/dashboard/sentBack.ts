import type { Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import type { ArticleTransition } from '@/payload-types'

type Line = Pick<ArticleTransition, 'article' | 'locale' | 'from' | 'to' | 'by'>

/** Editions (article ids per language) sent back to this person, and those this person sent back to someone else. */
export type SentBack = { toMe: Record<Locale, number[]>; toOthers: Record<Locale, number[]> }

/** A relation's id, populated or not. On MongoDB ids are strings whatever the generated types say. */
const idOf = (value: unknown): number | null => {
  if (typeof value === 'number' || typeof value === 'string') return value as number
  return value && typeof value === 'object' && 'id' in value ? (value as { id: number }).id : null
}
const perLocale = (): Record<Locale, number[]> =>
  Object.fromEntries(locales.map((locale) => [locale, []])) as unknown as Record<Locale, number[]>
const isSendBack = (line: Line) => line.from === 'in_review' && line.to === 'draft'

/** How many of a person's own submissions and send-backs are looked at (the newest). */
const recentLines = 500

/**
 * An edition whose last history line is a send-back (review → draft) belongs to whoever submitted
 * it last, the person the "sent back" notice went to, not to the editor whose save sent it back.
 * Read from the history (article-transitions), which nobody can edit; limited to the editions this
 * person submitted or sent back.
 */
export async function sentBackEditions(payload: Payload, userId: number): Promise<SentBack> {
  const result: SentBack = { toMe: perLocale(), toOthers: perLocale() }
  const involved = await payload.find({
    collection: 'article-transitions',
    overrideAccess: true,
    depth: 0,
    limit: recentLines,
    sort: '-at',
    where: {
      and: [
        { by: { equals: userId } },
        { or: [{ to: { equals: 'in_review' } }, { and: [{ from: { equals: 'in_review' } }, { to: { equals: 'draft' } }] }] },
      ],
    },
    select: { article: true },
  })
  const articles = [...new Set(involved.docs.map((line) => idOf(line.article)).filter((id): id is number => id !== null))]
  if (articles.length === 0) return result

  const history = await payload.find({
    collection: 'article-transitions',
    overrideAccess: true,
    depth: 0,
    pagination: false,
    sort: '-at',
    where: { article: { in: articles } },
    select: { article: true, locale: true, from: true, to: true, by: true },
  })
  const perEdition = new Map<string, Line[]>()
  for (const line of history.docs) {
    const key = `${idOf(line.article)}:${line.locale}`
    perEdition.set(key, [...(perEdition.get(key) ?? []), line])
  }
  for (const lines of perEdition.values()) {
    const [latest] = lines
    const article = idOf(latest.article)
    if (article === null || !isSendBack(latest)) continue
    const submitter = idOf(lines.find((line) => line.to === 'in_review')?.by)
    const locale = latest.locale as Locale
    if (submitter === userId) result.toMe[locale].push(article)
    else if (idOf(latest.by) === userId && submitter !== null) result.toOthers[locale].push(article)
  }
  return result
}
