import type { AnchorHTMLAttributes, ComponentType } from 'react'

import type { Card } from '@/content/queries/common'

/** What renders the card's links: next/link on the server's lists, a plain <a> in "See more". */
export type CardAnchor = 'a' | ComponentType<AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }>

export type CardViewProps = { card: Card; showImage?: boolean; showLead?: boolean; large?: boolean }

/**
 * One article card: thumbnail, headline, lead. No Next imports, so the client's "See more" can
 * render it without bringing next/link or the image loader into the page's own JavaScript.
 * The photo is a plain <img> over the sizes Payload made of it (`srcSet`, see mediaSrcSet).
 */
export function CardView({ card, showImage = true, showLead = true, large = false, Anchor }: CardViewProps & { Anchor: CardAnchor }) {
  const image = showImage ? card.image : null
  return (
    <li className={large ? 'card card--large' : 'card'}>
      {image ? (
        <Anchor href={card.href} tabIndex={-1} aria-hidden="true" className="card__image">
          <img
            src={image.url}
            srcSet={image.srcSet}
            sizes={image.srcSet ? (large ? '(max-width: 900px) 100vw, 640px' : '(max-width: 900px) 120px, 200px') : undefined}
            width={image.width}
            height={image.height}
            alt={image.alt}
            loading="lazy"
            decoding="async"
          />
        </Anchor>
      ) : null}
      <div className="card__text">
        <h3 className="card__title">
          <Anchor href={card.href}>{card.title}</Anchor>
        </h3>
        {showLead && card.lead ? <p className="card__lead">{card.lead}</p> : null}
      </div>
    </li>
  )
}
