import { getImageProps } from 'next/image'
import Link from 'next/link'

import { formatDateTime } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import type { SearchHit } from '@/search/search'
import { Highlighted } from './Highlighted'

export function SearchHitItem({ hit, locale }: { hit: SearchHit; locale: Locale }) {
  return (
    <li className="card search-hit">
      {hit.image ? (
        <Link href={hit.href} tabIndex={-1} aria-hidden="true" className="card__image">
          <img
            {...getImageProps({
              src: hit.image.url,
              alt: hit.image.alt,
              width: hit.image.width,
              height: hit.image.height,
              sizes: '(max-width: 900px) 120px, 200px',
            }).props}
            alt={hit.image.alt}
          />
        </Link>
      ) : null}
      <div className="card__text">
        <h2 className="card__title">
          <Link href={hit.href}>
            <Highlighted segments={hit.title} />
          </Link>
        </h2>
        <p className="search-hit__meta">
          {hit.sectionName ? <span>{hit.sectionName}</span> : null}
          {hit.sectionName && hit.publishedAt ? ' · ' : null}
          {hit.publishedAt ? <time dateTime={hit.publishedAt}>{formatDateTime(hit.publishedAt, locale)}</time> : null}
        </p>
        {hit.lead.length ? (
          <p className="search-hit__lead">
            <Highlighted segments={hit.lead} />
          </p>
        ) : null}
        {hit.passage ? (
          <p className="search-hit__passage">
            <Highlighted segments={hit.passage} />
          </p>
        ) : null}
      </div>
    </li>
  )
}
