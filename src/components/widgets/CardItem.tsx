import { getImageProps } from 'next/image'
import Link from 'next/link'

import type { Card } from '@/content/queries/common'

type Props = { card: Card; showImage?: boolean; showLead?: boolean; large?: boolean }

/** One article card: thumbnail, headline, lead. Used by server lists and by "See more" alike. */
export function CardItem({ card, showImage = true, showLead = true, large = false }: Props) {
  return (
    <li className={large ? 'card card--large' : 'card'}>
      {showImage && card.image ? (
        <Link href={card.href} tabIndex={-1} aria-hidden="true" className="card__image">
          {/* A plain <img> with Next's optimizer sizes: no Image component in the reader's JavaScript. */}
          <img
            {...getImageProps({
              src: card.image.url,
              alt: card.image.alt,
              width: card.image.width,
              height: card.image.height,
              sizes: large ? '(max-width: 900px) 100vw, 640px' : '(max-width: 900px) 120px, 200px',
            }).props}
            alt={card.image.alt}
          />
        </Link>
      ) : null}
      <div className="card__text">
        <h3 className="card__title">
          <Link href={card.href}>{card.title}</Link>
        </h3>
        {showLead && card.lead ? <p className="card__lead">{card.lead}</p> : null}
      </div>
    </li>
  )
}
