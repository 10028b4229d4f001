import type { Metadata } from 'next'
import { Suspense } from 'react'

import { dictionary } from '@/i18n/dictionaries'
import { isLocale, type Locale } from '@/i18n/locales'
import { NotFoundStatus } from './NotFoundStatus'
import { SiteHeader } from './SiteHeader'

/**
 * The reader's-language 404: the site header, what happened, and the way home. Server-rendered,
 * no script of its own. `compact` (the layout's boundary) keeps the header to name, search and languages.
 */
export function NotFoundContent({ locale, compact = false }: { locale: Locale; compact?: boolean }) {
  const t = dictionary(locale)
  return (
    <>
      <SiteHeader locale={locale} compact={compact} />
      <main id="main" className="site-main not-found">
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFoundBody}</p>
        <p>
          <a href={`/${locale}`}>{t.backHome}</a>
        </p>
      </main>
    </>
  )
}

/** What a page renders when what its address names does not exist: the localized 404, as HTML, with status 404. */
export function MissingPage({ locale }: { locale: Locale }) {
  return (
    <>
      <NotFoundContent locale={locale} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  )
}

/** Metadata of a missing page: its title in the reader's language, kept out of search engines. */
export function missingMetadata(locale: string): Metadata {
  return isLocale(locale) ? { title: dictionary(locale).notFoundTitle, robots: { index: false } } : {}
}
