import Link from 'next/link'

import { Photo } from '@/components/article/Photo'
import { articlePath, type ArticleCard } from '@/content/articles'
import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'
import { populated } from '@/utilities/populated'

type Props = { title: string; articles: ArticleCard[]; locale: Locale; emptyText?: string; headingLevel?: 'h1' | 'h2' }

/** The one card list every widget renders: thumbnail, headline, lead. */
export function ArticleList({ title, articles, locale, emptyText, headingLevel = 'h2' }: Props) {
  const Heading = headingLevel
  const cards = articles
    .map((article) => ({ article, href: articlePath(locale, article) }))
    .filter((card): card is { article: ArticleCard; href: string } => Boolean(card.href && card.article.title))
  return (
    <section className="article-list" aria-label={title}>
      <Heading className="article-list__title">{title}</Heading>
      {cards.length === 0 ? (
        emptyText ? <p>{emptyText}</p> : null
      ) : (
        <ul>
          {cards.map(({ article, href }) => {
            const photo = populated<Media>(article.heroImage)
            return (
              <li key={article.id} className="card">
                {photo ? (
                  <Link href={href} tabIndex={-1} aria-hidden="true" className="card__image">
                    <Photo photo={photo} locale={locale} size="thumbnail" bare />
                  </Link>
                ) : null}
                <div className="card__text">
                  <h3 className="card__title">
                    <Link href={href}>{article.title}</Link>
                  </h3>
                  {article.lead ? <p className="card__lead">{article.lead}</p> : null}
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
