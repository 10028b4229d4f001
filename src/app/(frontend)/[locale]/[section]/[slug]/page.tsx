import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'

import { ArticleBody } from '@/components/article/ArticleBody'
import { ArticleMeta } from '@/components/article/ArticleMeta'
import { Corrections } from '@/components/article/Corrections'
import { LivePreviewRefresh } from '@/components/article/LivePreviewRefresh'
import { Byline } from '@/components/article/Byline'
import { Photo } from '@/components/article/Photo'
import { ReadingTools } from '@/components/article/ReadingTools'
import { TagList } from '@/components/article/TagList'
import { ViewBeacon } from '@/components/article/ViewBeacon'
import { MissingPage, missingMetadata } from '@/components/layout/NotFoundPage'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { JsonLd } from '@/components/seo/JsonLd'
import { ArticleList } from '@/components/widgets/ArticleList'
import { LatestAndMostRead } from '@/components/widgets/LatestAndMostRead'
import { SeeMore } from '@/components/widgets/SeeMore'
import {
  articleHref,
  getArticleBySlug,
  getArticleWidgets,
  getEditionLinks,
  getPayloadClient,
  getRedirect,
  getSidebarPlacements,
  getWidgetSizes,
} from '@/content'
import { draftArticleBySlug } from '@/content/queries/preview'
import { previewingStaff } from '@/preview/staff'
import { dictionary } from '@/i18n/dictionaries'
import { isLocale, type Locale } from '@/i18n/locales'
import type { Article, Media, Section, Tag } from '@/payload-types'
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/seo/jsonLd'
import { articleMetadata } from '@/seo/metadata'
import { relationId } from '@/utilities/docId'
import { populated, populatedList } from '@/utilities/populated'

type Props = { params: Promise<{ locale: string; section: string; slug: string }> }

export const generateStaticParams = () => []

/**
 * The article behind the address, once per render (metadata and page share it); null when there
 * is none, so that only the page answers 404 (a not-found thrown from metadata makes Next serve a
 * bare error document instead of the localized page).
 */
const load = cache(
  async (
    locale: string,
    section: string,
    slug: string,
  ): Promise<{ locale: Locale; article: Article; path: string; preview: boolean } | null> => {
    if (!isLocale(locale)) return null
    // Draft mode (set by /next/preview) shows staff the latest draft; everyone else the published edition.
    const staff = await previewingStaff()
    const article = staff
      ? await draftArticleBySlug(await getPayloadClient(), locale, decodeURIComponent(slug), staff)
      : await getArticleBySlug(locale, decodeURIComponent(slug))
    if (!article?.title) {
      // An old address (the slug or section changed, or an editor's redirect) leads to the current one.
      const target = await getRedirect(`/${locale}/${decodeURIComponent(section)}/${decodeURIComponent(slug)}`)
      if (target) permanentRedirect(target)
      return null
    }
    const path = articleHref(locale, article)
    if (!path) return null
    // An article moved to another section keeps working under its old address.
    if (path !== `/${locale}/${section}/${slug}`) permanentRedirect(path)
    return { locale, article, path, preview: Boolean(staff) }
  },
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section, slug } = await params
  const found = await load(locale, section, slug)
  if (!found) return missingMetadata(locale)
  return articleMetadata(
    found.article,
    found.locale,
    found.path,
    await getEditionLinks(found.locale, found.article.slug ?? '', found.article.id),
  )
}

export default async function ArticlePage({ params }: Props) {
  const { locale: localeParam, section: sectionParam, slug } = await params
  const found = await load(localeParam, sectionParam, slug)
  if (!found) return isLocale(localeParam) ? <MissingPage locale={localeParam} /> : notFound()
  const { locale, article, path, preview } = found
  const t = dictionary(locale)
  const section = populated<Section>(article.section)
  const hero = populated<Media>(article.heroImage)
  const tags = populatedList<Tag>(article.tags)
  const ref = {
    id: article.id,
    publishedAt: article.publishedAt,
    section: section?.id ?? null,
    tags: tags.map((tag) => tag.id),
    related: (article.related ?? []).map((r) => relationId(r)).filter((id) => id !== undefined),
    title: article.title,
    lead: article.lead ?? null,
  }
  const sizes = await getWidgetSizes(locale)
  const [editions, widgets, placements] = await Promise.all([
    getEditionLinks(locale, article.slug ?? '', article.id),
    getArticleWidgets(locale, ref),
    getSidebarPlacements(locale, section?.id ?? null, sizes.list, article.id),
  ])
  const sectionPath = section?.slug ? `/${locale}/${section.slug}` : `/${locale}`
  const otherEndpoint =
    section && article.publishedAt
      ? `/${locale}/more?section=${section.id}&before=${encodeURIComponent(article.publishedAt)}&exclude=${article.id}`
      : null

  return (
    <>
      {preview ? (
        <div className="preview-banner" role="status">
          {t.previewBanner}
          <a href={`/next/exit-preview?path=${encodeURIComponent(path)}`}>{t.exitPreview}</a>
          <LivePreviewRefresh />
        </div>
      ) : null}
      <SiteHeader locale={locale} alternates={editions} currentSection={section?.slug ?? undefined} />
      <JsonLd data={newsArticleJsonLd(article, locale, path, editions)} />
      <JsonLd
        data={breadcrumbJsonLd([
          { name: t.home, path: `/${locale}` },
          ...(section?.name ? [{ name: section.name, path: sectionPath }] : []),
          { name: article.title, path },
        ])}
      />
      <main id="main" className="site-main with-aside article-page">
        <div className="with-aside__main">
          <nav aria-label={t.breadcrumb} className="breadcrumb">
            <ol>
              <li>
                <Link href={`/${locale}`}>{t.home}</Link>
              </li>
              {section?.name ? (
                <li>
                  <Link href={sectionPath}>{section.name}</Link>
                </li>
              ) : null}
            </ol>
          </nav>
          <article className="article">
            <h1 className="article__title">{article.title}</h1>
            <div className="article__meta-row">
              <ArticleMeta locale={locale} publishedAt={article.publishedAt} revisedAt={article.revisedAt} />
              <ReadingTools
                labels={{ smaller: t.fontSmaller, larger: t.fontLarger, size: t.fontSize, print: t.print, tools: t.readingTools }}
              />
            </div>
            <div className="article__content">
              {article.lead ? <p className="article__lead">{article.lead}</p> : null}
              {hero ? <Photo photo={hero} locale={locale} size="hero" priority /> : null}
              <ArticleBody body={article.body} locale={locale} />
            </div>
            <Byline article={article} locale={locale} />
            <TagList locale={locale} tags={tags} section={section} />
            <Corrections corrections={article.corrections} locale={locale} />
            {preview ? null : <ViewBeacon articleId={article.id} locale={locale} />}
          </article>
          <div className="article-widgets">
            <ArticleList title={t.related} cards={widgets.related} id="related" />
            <ArticleList title={t.newer} cards={widgets.newer} id="newer" variant="compact" />
            <ArticleList title={t.other} cards={widgets.other.items} id="other">
              {otherEndpoint ? (
                <SeeMore
                  endpoint={otherEndpoint}
                  nextPage={widgets.other.totalPages > 1 ? 2 : null}
                  fallbackHref={
                    widgets.other.items.at(-1)?.publishedAt
                      ? `/${locale}/more?view=page&section=${section?.id}&before=${encodeURIComponent(widgets.other.items.at(-1)?.publishedAt ?? '')}`
                      : sectionPath
                  }
                  label={t.seeMore}
                  loadingLabel={t.loading}
                />
              ) : null}
            </ArticleList>
          </div>
        </div>
        <aside className="with-aside__aside">
          <LatestAndMostRead locale={locale} size={widgets.sizes.list} exclude={article.id} />
          <ArticleList title={t.youMayBeInterested} cards={placements.youMayBeInterested} variant="compact" id="you-may-be-interested" />
          <ArticleList title={t.recommended} cards={placements.recommended} variant="compact" id="recommended" />
        </aside>
      </main>
    </>
  )
}
