import type { Locale } from '@/i18n/locales'
import type { Article, Section } from '@/payload-types'
import { populated } from '@/utilities/populated'
import { getPayloadClient, publicRead } from './payload'

/** The fields an article card needs; lists never load bodies. */
const cardSelect = {
  title: true,
  lead: true,
  slug: true,
  publishedAt: true,
  section: true,
  heroImage: true,
} as const

export type ArticleCard = Pick<Article, 'id' | 'title' | 'lead' | 'slug' | 'publishedAt' | 'section' | 'heroImage'>

export async function latestArticles(locale: Locale, limit = 20): Promise<ArticleCard[]> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'articles',
    locale,
    ...publicRead,
    depth: 1,
    limit,
    sort: '-publishedAt',
    select: cardSelect,
  })
  return result.docs
}

/** A published edition by its slug in the reader's locale, or undefined. */
export async function articleBySlug(locale: Locale, slug: string): Promise<Article | undefined> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'articles',
    locale,
    ...publicRead,
    depth: 2,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return result.docs[0]
}

/** The public URL of an edition: /{locale}/{section}/{slug}. */
export function articlePath(locale: Locale, article: Pick<Article, 'slug' | 'section'>): string | undefined {
  const section = populated<Section>(article.section)
  if (!section?.slug || !article.slug) return undefined
  return `/${locale}/${section.slug}/${article.slug}`
}

export async function latestInSection(locale: Locale, sectionId: number, limit = 20): Promise<ArticleCard[]> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'articles',
    locale,
    ...publicRead,
    depth: 1,
    limit,
    sort: '-publishedAt',
    select: cardSelect,
    where: { section: { equals: sectionId } },
  })
  return result.docs
}
