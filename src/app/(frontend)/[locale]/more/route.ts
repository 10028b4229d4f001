import { pageHref } from '@/components/layout/Pagination'
import { getMenuSections, getOlderInSection, getSectionPageHolding, getWidgetSizes, maxListPage } from '@/content'
import { isLocale } from '@/i18n/locales'
import { parseDocId } from '@/utilities/docId'

const positiveInt = /^[1-9][0-9]{0,8}$/

/**
 * GET /{locale}/more?section=&before=&exclude=&page=: the next page of "Other news" for the
 * See-more button, as JSON cards. Not stored on the server (every date in the address would be
 * an entry of its own); browsers and a proxy in front may keep it a minute.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params
  const query = new URL(request.url).searchParams
  if (query.get('view') === 'page') return sectionPageRedirect(request, locale, query)
  const section = parseDocId(query.get('section'))
  const exclude = parseDocId(query.get('exclude'))
  const page = query.get('page') ?? '1'
  const before = query.get('before') ?? ''
  if (
    !isLocale(locale) ||
    section === undefined ||
    exclude === undefined ||
    !positiveInt.test(page) ||
    Number(page) > maxListPage ||
    Number.isNaN(Date.parse(before))
  ) {
    return Response.json({ error: `Expected ?section=<id>&before=<ISO date>&exclude=<id>&page=<n> (n ≤ ${maxListPage}).` }, { status: 400 })
  }
  const sizes = await getWidgetSizes(locale)
  const result = await getOlderInSection(
    locale,
    { id: exclude, section, publishedAt: new Date(before).toISOString() },
    Number(page),
    sizes.other,
  )
  return Response.json(
    { items: result.items, nextPage: result.page < result.totalPages ? result.page + 1 : null },
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  )
}

/**
 * GET /{locale}/more?view=page&section=&before=: "See more" without JavaScript. Goes to the
 * section page that holds the next article older than `before` (counted here, when followed,
 * rather than on every render of every article page).
 */
async function sectionPageRedirect(request: Request, locale: string, query: URLSearchParams): Promise<Response> {
  const section = parseDocId(query.get('section'))
  const before = query.get('before') ?? ''
  if (!isLocale(locale) || section === undefined || Number.isNaN(Date.parse(before))) {
    return Response.json({ error: 'Expected ?view=page&section=<id>&before=<ISO date>.' }, { status: 400 })
  }
  const slug = (await getMenuSections(locale)).find((candidate) => candidate.id === section)?.slug
  if (!slug) return Response.json({ error: `No section ${section} in ${locale}.` }, { status: 404 })
  const page = await getSectionPageHolding(locale, section, new Date(before).toISOString())
  return Response.redirect(new URL(pageHref(`/${locale}/${slug}`, page), request.url), 303)
}
