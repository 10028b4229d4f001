import Link from 'next/link'

import { dictionary } from '@/i18n/dictionaries'
import { pageLabel } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'

type Props = { locale: Locale; basePath: string; page: number; totalPages: number }

/** Page 1 lives at basePath, page N at basePath/page/N. */
export function pageHref(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}/page/${page}`
}

export function Pagination({ locale, basePath, page, totalPages }: Props) {
  if (totalPages <= 1) return null
  const t = dictionary(locale)
  return (
    <nav className="pagination" aria-label={t.pagination}>
      {page > 1 ? (
        <Link href={pageHref(basePath, page - 1)} rel="prev">
          ← {t.previousPage}
        </Link>
      ) : null}
      <span aria-current="page">{pageLabel(locale, page)}</span>
      {page < totalPages ? (
        <Link href={pageHref(basePath, page + 1)} rel="next">
          {t.nextPage} →
        </Link>
      ) : null}
    </nav>
  )
}
