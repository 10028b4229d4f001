import Link from 'next/link'

import { dictionary } from '@/i18n/dictionaries'
import type { Locale } from '@/i18n/locales'
import type { Article, Author } from '@/payload-types'
import { populatedList } from '@/utilities/populated'
import { isWebAddress } from '@/utilities/webAddress'

/** The address's host, to name a source given only by its link. */
function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}

/**
 * Authors linked to their pages, then this edition's own source: "Nguồn: <link>" or "Theo Vietnam+"
 * (each edition credits the outlet it was taken from; see docs/per-locale-publication.md).
 */
export function Byline({ article, locale }: { article: Article; locale: Locale }) {
  const t = dictionary(locale)
  const authors = populatedList<Author>(article.authors).filter((author) => author.name && author.slug)
  // Drafts are not validated: a preview must not turn a bad address into a link either.
  const url = isWebAddress(article.source?.url) ? article.source.url.trim() : undefined
  const outlet = article.source?.outlet?.trim() || (url ? hostOf(url) : undefined)
  if (authors.length === 0 && !outlet) return null
  return (
    <div className="byline">
      {authors.length ? (
        <p className="byline__authors">
          <span className="visually-hidden">{t.byline}: </span>
          {authors.map((author, index) => (
            <span key={author.id}>
              {index > 0 ? ', ' : null}
              <Link href={`/${locale}/author/${author.slug}`} rel="author">
                {author.name}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {outlet ? (
        <p className="byline__source">
          {url ? (
            <>
              {t.sourcePrefix}:{' '}
              <a href={url} rel="noopener nofollow">
                {outlet}
              </a>
            </>
          ) : (
            <>
              {t.accordingTo} {outlet}
            </>
          )}
        </p>
      ) : null}
    </div>
  )
}
