import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { SiteHeader } from '@/components/layout/SiteHeader'
import { SearchBox } from '@/components/search/SearchBox'
import { SearchHitItem } from '@/components/search/SearchHitItem'
import { getSearchResults } from '@/content'
import { dictionary } from '@/i18n/dictionaries'
import { pageLabel } from '@/i18n/format'
import { isLocale, type Locale } from '@/i18n/locales'
import { parseQuery } from '@/search/fold'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/** "?page=3" → 3; anything else is page 1 (a search page never 404s on a bad parameter). */
function pageParam(value: string): number {
  return /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : 1
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = dictionary(locale)
  const query = parseQuery(first((await searchParams).q))
  return {
    title: query.words.length ? `${t.searchResultsFor} “${query.raw}”` : t.search,
    // Result pages are endless and thin: search engines should not index them.
    robots: { index: false, follow: true },
    alternates: { canonical: `/${locale}/search` },
  }
}

function searchHref(locale: Locale, q: string, page: number): string {
  const params = new URLSearchParams({ q })
  if (page > 1) params.set('page', String(page))
  return `/${locale}/search?${params.toString()}`
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = dictionary(locale)
  const search = await searchParams
  const results = await getSearchResults(locale, first(search.q), pageParam(first(search.page)))
  const q = results.query.raw
  return (
    <>
      <SiteHeader locale={locale} searchQuery={q} />
      <main id="main" className="site-main search-page">
        <h1>{results.status === 'ok' ? `${t.searchResultsFor} “${q}”` : t.search}</h1>
        <SearchBox locale={locale} query={q} id="search-page-query" />
        {results.status === 'empty' ? <p className="search-page__note">{t.searchEmpty}</p> : null}
        {results.status === 'ok' && results.total === 0 ? <p className="search-page__note">{t.searchNoResults}</p> : null}
        {results.total > 0 ? (
          <p className="search-page__count" data-total={results.total}>
            {results.more ? `${results.total}+` : results.total} {t.searchResultCount}
          </p>
        ) : null}
        {results.mode === 'words' && results.total > 0 ? <p className="search-page__note">{t.searchWordsMatched}</p> : null}
        {results.hits.length ? (
          <ol className="article-list__items search-results">
            {results.hits.map((hit) => (
              <SearchHitItem key={hit.id} hit={hit} locale={locale} />
            ))}
          </ol>
        ) : null}
        {results.more && results.page === results.totalPages ? <p className="search-page__note">{t.searchTooManyResults}</p> : null}
        {results.totalPages > 1 ? (
          <nav className="pagination" aria-label={t.pagination}>
            {results.page > 1 ? (
              <Link href={searchHref(locale, q, Math.min(results.page - 1, results.totalPages))} rel="prev">
                ← {t.previousPage}
              </Link>
            ) : null}
            <span aria-current="page">{pageLabel(locale, results.page)}</span>
            {results.page < results.totalPages ? (
              <Link href={searchHref(locale, q, results.page + 1)} rel="next">
                {t.nextPage} →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </main>
    </>
  )
}
