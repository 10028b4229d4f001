import { getFeed } from '@/content'
import { isLocale } from '@/i18n/locales'
import { xmlResponse } from '@/seo/xml'
import { renderAtom, renderRss } from './feeds'

type Params = Promise<{ locale: string; section?: string }>

/** GET handler of a feed route: the locale's or a section's, in RSS 2.0 or Atom. */
export function feedRoute(format: 'rss' | 'atom') {
  return async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
    const { locale, section } = await params
    if (!isLocale(locale)) return new Response('Unknown language.', { status: 404 })
    const feed = await getFeed(locale, section)
    if (!feed) return new Response('No such section in this language.', { status: 404 })
    return format === 'rss' ? xmlResponse(renderRss(feed), 'application/rss+xml') : xmlResponse(renderAtom(feed), 'application/atom+xml')
  }
}
