import type React from 'react'

import type { Card } from '@/content/queries/common'
import { CardItem } from './CardItem'

type Props = {
  title: string
  cards: Card[]
  /** Rendered when there is nothing to list; by default the whole widget disappears. */
  emptyText?: string
  headingLevel?: 'h1' | 'h2'
  variant?: 'list' | 'compact' | 'grid'
  id?: string
  children?: React.ReactNode
}

/** The one card list every widget renders; widgets differ only in their query and title. */
export function ArticleList({ title, cards, emptyText, headingLevel = 'h2', variant = 'list', id, children }: Props) {
  if (cards.length === 0 && !emptyText) return null
  const Heading = headingLevel
  const headingId = id ? `${id}-title` : undefined
  return (
    <section
      className={`article-list article-list--${variant}`}
      aria-labelledby={headingId}
      aria-label={headingId ? undefined : title}
      id={id}
    >
      <Heading className="article-list__title" id={headingId}>
        {title}
      </Heading>
      {cards.length === 0 ? (
        <p className="article-list__empty">{emptyText}</p>
      ) : (
        <ul className="article-list__items">
          {cards.map((card) => (
            <CardItem key={card.id} card={card} showImage={variant !== 'compact'} showLead={variant !== 'compact'} />
          ))}
        </ul>
      )}
      {children}
    </section>
  )
}
