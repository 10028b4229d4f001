import { SiteHeader } from '@/components/layout/SiteHeader'
import { Pagination } from '@/components/layout/Pagination'
import { ArticleList } from '@/components/widgets/ArticleList'
import { LatestAndMostRead } from '@/components/widgets/LatestAndMostRead'
import type { Card, Page } from '@/content'
import { dictionary } from '@/i18n/dictionaries'
import type { Locale } from '@/i18n/locales'
import type React from 'react'

type Props = {
  locale: Locale
  title: string
  intro?: React.ReactNode
  basePath: string
  page: Page<Card>
  listSize: number
  currentSection?: string
  /** More widgets under Latest / Most read (a section's placements). */
  aside?: React.ReactNode
}

/** Section, tag and author pages: a paginated list of cards beside Latest / Most read. */
export function ListingPage({ locale, title, intro, basePath, page, listSize, currentSection, aside }: Props) {
  const t = dictionary(locale)
  return (
    <>
      <SiteHeader locale={locale} currentSection={currentSection} />
      <main id="main" className="site-main with-aside">
        <div className="with-aside__main">
          <ArticleList title={title} cards={page.items} headingLevel="h1" emptyText={t.noArticles} id="listing" />
          {intro}
          <Pagination locale={locale} basePath={basePath} page={page.page} totalPages={page.totalPages} />
        </div>
        <aside className="with-aside__aside">
          <LatestAndMostRead locale={locale} size={listSize} />
          {aside}
        </aside>
      </main>
    </>
  )
}

/** "/page/3" → 3; anything that is not a whole page number ≥ 2 is not a page. */
export function parsePageParam(value: string | undefined): number | undefined {
  if (value === undefined) return 1
  if (!/^[1-9][0-9]{0,5}$/.test(value)) return undefined
  const page = Number(value)
  return page >= 2 ? page : undefined
}
