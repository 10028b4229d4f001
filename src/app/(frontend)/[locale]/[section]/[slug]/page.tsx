import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { ArticleBody } from '@/components/article/ArticleBody'
import { Photo } from '@/components/article/Photo'
import { articleBySlug, articlePath } from '@/content/articles'
import { dictionary } from '@/i18n/dictionaries'
import { formatDateTime } from '@/i18n/format'
import { isLocale, type Locale } from '@/i18n/locales'
import type { Article, Author, Media, Tag } from '@/payload-types'
import { populated, populatedList } from '@/utilities/populated'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; section: string; slug: string }> }

async function load(params: Props['params']): Promise<{ locale: Locale; article: Article }> {
  const { locale, section, slug } = await params
  if (!isLocale(locale)) notFound()
  const article = await articleBySlug(locale, decodeURIComponent(slug))
  if (!article) notFound()
  const canonical = articlePath(locale, article)
  if (!canonical) notFound()
  // An article moved to another section keeps working under its old address.
  if (canonical !== `/${locale}/${section}/${slug}`) permanentRedirect(canonical)
  return { locale, article }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await load(params)
  return { title: article.title, description: article.lead ?? undefined }
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article } = await load(params)
  const t = dictionary(locale)
  const hero = populated<Media>(article.heroImage)
  const authors = populatedList<Author>(article.authors)
  const tags = populatedList<Tag>(article.tags).filter((tag) => tag.name)
  return (
    <article className="article">
      <h1 className="article__title">{article.title}</h1>
      {article.publishedAt ? (
        <p className="article__date">
          <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt, locale)}</time>
        </p>
      ) : null}
      {article.lead ? <p className="article__lead">{article.lead}</p> : null}
      {hero ? <Photo photo={hero} locale={locale} size="hero" priority /> : null}
      <ArticleBody body={article.body} locale={locale} />
      {authors.length ? (
        <p className="article__byline">
          {t.byline}: {authors.map((author) => author.name).join(', ')}
        </p>
      ) : null}
      {article.source?.outlet ? (
        <p className="article__source">
          {article.source.url ? (
            <>
              {t.sourcePrefix}: <a href={article.source.url} rel="noopener nofollow">{article.source.outlet}</a>
            </>
          ) : (
            <>
              {t.accordingTo} {article.source.outlet}
            </>
          )}
        </p>
      ) : null}
      {tags.length ? (
        <ul className="article__tags" aria-label={t.tags}>
          {tags.map((tag) => (
            <li key={tag.id}>
              <Link href={`/${locale}/tag/${tag.slug}`}>{tag.name}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  )
}
