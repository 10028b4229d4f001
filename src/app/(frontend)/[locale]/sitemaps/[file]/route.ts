import { getArticleSitemap, getNewsSitemap, getTaxonomySitemap } from '@/content'
import { isLocale } from '@/i18n/locales'
import { renderNewsSitemap, renderUrlset } from '@/seo/sitemaps'
import { xmlResponse } from '@/seo/xml'

type Params = Promise<{ locale: string; file: string }>

const notFound = () => new Response('No such sitemap.', { status: 404 })

/** /{locale}/sitemaps/pages.xml, /{locale}/sitemaps/articles-N.xml, /{locale}/sitemaps/news.xml */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { locale, file } = await params
  if (!isLocale(locale)) return notFound()
  if (file === 'pages.xml') return xmlResponse(renderUrlset(await getTaxonomySitemap(locale)))
  if (file === 'news.xml') return xmlResponse(renderNewsSitemap(await getNewsSitemap(locale), locale))
  const numbered = /^articles-([1-9][0-9]{0,5})\.xml$/.exec(file)
  if (!numbered) return notFound()
  const page = Number(numbered[1])
  const entries = await getArticleSitemap(locale, page)
  // Page 1 always exists (perhaps empty); later pages only while there are articles.
  if (page > 1 && entries.length === 0) return notFound()
  return xmlResponse(renderUrlset(entries))
}
