import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SiteHeader } from '@/components/layout/SiteHeader'
import { JsonLd } from '@/components/seo/JsonLd'
import { ArticleList } from '@/components/widgets/ArticleList'
import { CardItem } from '@/components/widgets/CardItem'
import { LatestAndMostRead } from '@/components/widgets/LatestAndMostRead'
import { getHomeLatest, getHomePlacements, getMenuSections, getSectionPage, getWidgetSizes, latestWindow } from '@/content'
import { dictionary } from '@/i18n/dictionaries'
import { isLocale } from '@/i18n/locales'
import { homeJsonLd } from '@/seo/jsonLd'
import { pageMetadata, samePathEverywhere } from '@/seo/metadata'

type Props = { params: Promise<{ locale: string }> }

// Rendered on first request and cached until content changes; never at build time, which has no database.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return pageMetadata({ locale, path: `/${locale}`, editions: samePathEverywhere((other) => `/${other}`) })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = dictionary(locale)
  const [sizes, sections] = await Promise.all([getWidgetSizes(locale), getMenuSections(locale)])
  // Independent lists, read side by side.
  const [placements, latest, sectionBlocks] = await Promise.all([
    getHomePlacements(locale, 4, sizes.list),
    getHomeLatest(locale, latestWindow, 1),
    Promise.all(
      sections
        .filter((section) => !section.parent)
        .map(async (section) => ({ section, page: await getSectionPage(locale, [section.id], 1, 4) })),
    ),
  ])
  const onTop = new Set([placements.topStory?.id, ...placements.featured.map((card) => card.id)])
  return (
    <>
      <SiteHeader locale={locale} />
      <JsonLd data={homeJsonLd(locale)} />
      <main id="main" className="site-main home">
        <h1 className="visually-hidden">{t.siteName}</h1>
        <div className="home__lead">
          {placements.topStory ? (
            <section className="top-story" aria-label={t.topStory}>
              <ul className="article-list__items">
                <CardItem card={placements.topStory} large />
              </ul>
            </section>
          ) : (
            <p>{t.noArticles}</p>
          )}
          <ArticleList title={t.featured} cards={placements.featured} variant="list" id="featured" />
        </div>
        <div className="with-aside">
          <div className="with-aside__main">
            <ArticleList title={t.latest} cards={latest.items.filter((card) => !onTop.has(card.id)).slice(0, sizes.list)} id="latest" />
            {sectionBlocks
              .filter(({ page }) => page.items.length > 0)
              .map(({ section, page }) => (
                <ArticleList key={section.id} title={section.name} cards={page.items} variant="grid" id={`section-${section.slug}`}>
                  <p className="article-list__more">
                    <a href={`/${locale}/${section.slug}`}>{t.seeMore} →</a>
                  </p>
                </ArticleList>
              ))}
          </div>
          <aside className="with-aside__aside">
            <LatestAndMostRead locale={locale} size={sizes.list} />
            <ArticleList title={t.youMayBeInterested} cards={placements.youMayBeInterested} variant="compact" id="you-may-be-interested" />
            <ArticleList title={t.recommended} cards={placements.recommended} variant="compact" id="recommended" />
          </aside>
        </div>
      </main>
    </>
  )
}
