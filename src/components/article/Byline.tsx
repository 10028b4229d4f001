import Link from 'next/link'

import { dictionary } from '@/i18n/dictionaries'
import type { Locale } from '@/i18n/locales'
import type { Article, Author } from '@/payload-types'
import { populatedList } from '@/utilities/populated'

/** Authors linked to their pages, then the source: "Nguồn: <link>" or "Theo Vietnam+". */
export function Byline({ article, locale }: { article: Article; locale: Locale }) {
  const t = dictionary(locale)
  const authors = populatedList<Author>(article.authors).filter((author) => author.name && author.slug)
  const outlet = article.source?.outlet?.trim()
  const url = article.source?.url?.trim()
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
