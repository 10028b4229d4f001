import type { APIRequestContext } from '@playwright/test'

import { articles } from '../../src/seed/data/articles'
import type { DemoArticle, DemoLocale } from '../../src/seed/data/types'

export type { DemoArticle, DemoLocale }
export const demoArticles = articles

/** Is this edition of a demo article public? */
export function isPublic(article: DemoArticle, locale: DemoLocale): boolean {
  const edition = article.editions[locale]
  return article.status === 'published' && Boolean(edition) && (edition?.status ?? 'published') === 'published'
}

/** Headlines that must never reach a reader in that locale: drafts and translations in progress. */
export function hiddenTitles(locale: DemoLocale): string[] {
  return demoArticles.flatMap((article) => {
    const edition = article.editions[locale]
    return edition && !isPublic(article, locale) ? [edition.title] : []
  })
}

export function byKey(key: string): DemoArticle {
  const found = demoArticles.find((article) => article.key === key)
  if (!found) throw new Error(`no demo article ${key}`)
  return found
}

/** The related picks an edition shows: its own list, else the article's. */
export function relatedOf(article: DemoArticle, locale: DemoLocale): string[] {
  return article.editions[locale]?.related ?? article.related ?? []
}

/** Demo articles published in this locale with curated related picks. */
export function withPicks(locale: DemoLocale): DemoArticle[] {
  return demoArticles.filter(
    (article) => isPublic(article, locale) && relatedOf(article, locale).some((key) => isPublic(byKey(key), locale)),
  )
}

/** The first section of the demo newsroom (lowest id), as the REST API gives it in Vietnamese. */
export async function firstSection(api: APIRequestContext): Promise<{ id: number; slug: string }> {
  const sections = await api.get('/api/sections?limit=1&depth=0&sort=id&locale=vi')
  return ((await sections.json()) as { docs: { id: number; slug: string }[] }).docs[0]!
}
