import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { MissingPage, missingMetadata } from '@/components/layout/NotFoundPage'
import { ArticleList } from '@/components/widgets/ArticleList'
import {
  getMenuSections,
  getSectionBySlug,
  getSectionPage,
  getSidebarPlacements,
  getWidgetSizes,
  listingPageSize,
  maxListPage,
  withSubsections,
} from '@/content'
import { dictionary } from '@/i18n/dictionaries'
import { pageLabel } from '@/i18n/format'
import { isLocale, locales } from '@/i18n/locales'
import { pageHref } from '@/components/layout/Pagination'
import { pageMetadata } from '@/seo/metadata'
import { ListingPage, parsePageParam } from './ListingPage'

export type SectionParams = Promise<{ locale: string; section: string; page?: string }>

/** The section page, once per render (metadata and page share it); null when there is none. */
const load = cache(async (locale: string, slug: string, pageParam: string | undefined) => {
  const page = parsePageParam(pageParam)
  if (!isLocale(locale) || page === undefined || page > maxListPage) return null
  const [section, menu] = await Promise.all([getSectionBySlug(locale, slug), getMenuSections(locale)])
  if (!section?.name) return null
  const listing = await getSectionPage(locale, withSubsections(section, menu), page, listingPageSize)
  if (page > 1 && listing.items.length === 0) return null
  return { locale, section, listing, page }
})

export async function sectionMetadata(params: SectionParams): Promise<Metadata> {
  const { locale: localeParam, section: slug, page: pageParam } = await params
  const found = await load(localeParam, slug, pageParam)
  // Only the page answers 404 (see the article page).
  if (!found) return missingMetadata(localeParam)
  const { locale, section, page } = found
  // hreflang only to the languages the section has a name in (its page 404s elsewhere).
  const named = await Promise.all(locales.map(async (other) => [other, (await getSectionBySlug(other, section.slug ?? ''))?.name] as const))
  const editions = Object.fromEntries(
    named.filter(([, name]) => name).map(([other]) => [other, pageHref(`/${other}/${section.slug}`, page)]),
  )
  return pageMetadata({
    locale,
    title: page > 1 ? `${section.name} — ${pageLabel(locale, page)}` : section.name,
    path: pageHref(`/${locale}/${section.slug}`, page),
    editions,
    feedPath: `/${locale}/${section.slug}`,
  })
}

export async function SectionListing({ params }: { params: SectionParams }) {
  const { locale: localeParam, section: slug, page } = await params
  const found = await load(localeParam, slug, page)
  if (!found) return isLocale(localeParam) ? <MissingPage locale={localeParam} /> : notFound()
  const { locale, section, listing } = found
  const sizes = await getWidgetSizes(locale)
  // The section's own placements when editors made them, else the site-wide ones.
  const placements = await getSidebarPlacements(locale, section.id, sizes.list, null)
  const t = dictionary(locale)
  return (
    <ListingPage
      locale={locale}
      title={section.name}
      basePath={`/${locale}/${section.slug}`}
      page={listing}
      listSize={sizes.list}
      currentSection={section.slug ?? undefined}
      aside={
        <>
          <ArticleList title={t.youMayBeInterested} cards={placements.youMayBeInterested} variant="compact" id="you-may-be-interested" />
          <ArticleList title={t.recommended} cards={placements.recommended} variant="compact" id="recommended" />
        </>
      }
    />
  )
}
