'use client'

import { useState } from 'react'

import type { Card } from '@/content/queries/common'
import { CardView } from './CardView'

type Props = {
  /** JSON endpoint returning { items, nextPage } for ?page=N. */
  endpoint: string
  nextPage: number | null
  /** Where the plain link goes when JavaScript is off. */
  fallbackHref: string
  label: string
  loadingLabel: string
}

/** "See more": loads the next page of cards in place; without JavaScript, a plain link. */
export function SeeMore({ endpoint, nextPage: firstNext, fallbackHref, label, loadingLabel }: Props) {
  const [cards, setCards] = useState<Card[]>([])
  const [nextPage, setNextPage] = useState(firstNext)
  const [loading, setLoading] = useState(false)

  async function load(event: React.MouseEvent<HTMLAnchorElement>) {
    if (nextPage === null) return
    event.preventDefault()
    setLoading(true)
    try {
      const separator = endpoint.includes('?') ? '&' : '?'
      const response = await fetch(`${endpoint}${separator}page=${nextPage}`)
      if (!response.ok) throw new Error(String(response.status))
      const body = (await response.json()) as { items: Card[]; nextPage: number | null }
      setCards((previous) => {
        const seen = new Set(previous.map((card) => card.id))
        return [...previous, ...body.items.filter((card) => !seen.has(card.id))]
      })
      setNextPage(body.nextPage)
    } catch {
      window.location.href = fallbackHref
    } finally {
      setLoading(false)
    }
  }

  return (
    <>
      {cards.length > 0 ? (
        <ul className="article-list__items article-list__items--more" aria-live="polite">
          {cards.map((card) => (
            // Plain links: next/link here would ship with this component to every article page.
            <CardView key={card.id} card={card} Anchor="a" />
          ))}
        </ul>
      ) : null}
      {nextPage !== null ? (
        <a className="see-more" href={fallbackHref} onClick={load} aria-busy={loading}>
          {loading ? loadingLabel : label}
        </a>
      ) : null}
    </>
  )
}
