import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/widgets/ArticleList'
import { getMenuSections, getSectionBySlug, getSectionPage, getSidebarPlacements, getWidgetSizes, listingPageSize } from '@/content'
import { dictionary } from '@/i18n/dictionaries'
import { pageLabel } from '@/i18n/format'
import { isLocale, locales } from '@/i18n/locales'
import { relationId } from '@/utilities/docId'
import { pageHref } from '@/components/layout/Pagination'
import { pageMetadata } from '@/seo/metadata'
import { ListingPage, parsePageParam } from './ListingPage'

export type SectionParams = Promise<{ locale: string; section: string; page?: string }>


async function load(params: SectionParams) {
  const { locale, section: slug, page: pageParam } = await params
  const page = parsePageParam(pageParam)
  if (!isLocale(locale) || page === undefined) notFound()
  const section = await getSectionBySlug(locale, slug)
  if (!section?.name) notFound()
  // A parent section lists its subsections' articles too.
  const children = (await getMenuSections(locale)).filter((s) => relationId(s.parent) === section.id)
  const listing = await getSectionPage(locale, [section.id, ...children.map((c) => c.id)], page, listingPageSize)
  if (page > 1 && listing.items.length === 0) notFound()
  return { locale, section, listing, page }
}

export async function sectionMetadata(params: SectionParams): Promise<Metadata> {
  const { locale, section, page } = await load(params)
  // hreflang only to the languages the section has a name in (its page 404s elsewhere).
  const named = await Promise.all(locales.map(async (other) => [other, (await getSectionBySlug(other, section.slug ?? ''))?.name] as const))
  const editions = Object.fromEntries(named.filter(([, name]) => name).map(([other]) => [other, pageHref(`/${other}/${section.slug}`, page)]))
  return pageMetadata({
    locale,
    title: page > 1 ? `${section.name} — ${pageLabel(locale, page)}` : section.name,
    path: pageHref(`/${locale}/${section.slug}`, page),
    editions,
    feedPath: `/${locale}/${section.slug}`,
  })
}

export async function SectionListing({ params }: { params: SectionParams }) {
  const { locale, section, listing } = await load(params)
  const sizes = await getWidgetSizes(locale)
  // The section's own placements when editors made them, else the site-wide ones.
  const placements = await getSidebarPlacements(locale, { section: section.id, size: sizes.list })
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
