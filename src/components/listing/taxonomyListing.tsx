import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { getAuthorBySlug, getAuthorPage, getTagBySlug, getTagPage, getWidgetSizes, listingPageSize, maxListPage } from '@/content'
import { dictionary } from '@/i18n/dictionaries'
import { pageLabel } from '@/i18n/format'
import { isLocale, locales } from '@/i18n/locales'
import { MissingPage, missingMetadata } from '@/components/layout/NotFoundPage'
import { pageHref } from '@/components/layout/Pagination'
import { pageMetadata } from '@/seo/metadata'
import { ListingPage, parsePageParam } from './ListingPage'

export type TaxonomyParams = Promise<{ locale: string; slug: string; page?: string }>
type Kind = 'tag' | 'author'

/** The tag or author page, once per render (metadata and page share it); null when there is none. */
const load = cache(async (kind: Kind, locale: string, slug: string, pageParam: string | undefined) => {
  const page = parsePageParam(pageParam)
  if (!isLocale(locale) || page === undefined || page > maxListPage) return null
  const t = dictionary(locale)
  if (kind === 'tag') {
    const tag = await getTagBySlug(locale, slug)
    if (!tag?.name) return null
    const listing = await getTagPage(locale, tag.id, page, listingPageSize)
    if (page > 1 && listing.items.length === 0) return null
    return { locale, page, listing, title: `${t.articlesTagged} #${tag.name}`, basePath: `/${locale}/tag/${tag.slug}`, bio: null }
  }
  const author = await getAuthorBySlug(locale, slug)
  if (!author?.name) return null
  const listing = await getAuthorPage(locale, author.id, page, listingPageSize)
  if (page > 1 && listing.items.length === 0) return null
  return {
    locale,
    page,
    listing,
    title: `${t.articlesBy} ${author.name}`,
    basePath: `/${locale}/author/${author.slug}`,
    bio: author.bio || null,
  }
})

export async function taxonomyMetadata(kind: Kind, params: TaxonomyParams): Promise<Metadata> {
  const { locale: localeParam, slug: slugParam, page: pageParam } = await params
  const found = await load(kind, localeParam, slugParam, pageParam)
  // Only the page answers 404 (see the article page).
  if (!found) return missingMetadata(localeParam)
  const { locale, page, title, bio, basePath } = found
  const slug = basePath.split('/').pop() ?? ''
  // Tags are named per language: hreflang only where this one has a name. Authors exist in all.
  const named = await Promise.all(
    locales.map(async (other) => [other, kind === 'author' || Boolean((await getTagBySlug(other, slug))?.name)] as const),
  )
  const editions = Object.fromEntries(named.filter(([, has]) => has).map(([other]) => [other, pageHref(`/${other}/${kind}/${slug}`, page)]))
  return pageMetadata({
    locale,
    title: page > 1 ? `${title} — ${pageLabel(locale, page)}` : title,
    description: bio ?? undefined,
    path: pageHref(basePath, page),
    editions,
  })
}

export async function TaxonomyListing({ kind, params }: { kind: Kind; params: TaxonomyParams }) {
  const { locale: localeParam, slug, page } = await params
  const found = await load(kind, localeParam, slug, page)
  if (!found) return isLocale(localeParam) ? <MissingPage locale={localeParam} /> : notFound()
  const { locale, listing, title, basePath, bio } = found
  const sizes = await getWidgetSizes(locale)
  return (
    <ListingPage
      locale={locale}
      title={title}
      intro={bio ? <p className="listing__intro">{bio}</p> : undefined}
      basePath={basePath}
      page={listing}
      listSize={sizes.list}
    />
  )
}
