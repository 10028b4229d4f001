import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MissingPage, missingMetadata } from '@/components/layout/NotFoundPage'
import { isLocale } from '@/i18n/locales'

type Props = { params: Promise<{ locale: string }> }

// Rendered whole before it is sent, as the site's other pages are (none is built ahead): the 404
// status set while rendering (MissingPage) reaches the response. Never stored (src/cache/routeCacheHandler.mjs).
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return missingMetadata((await params).locale)
}

/**
 * An address under a language that no page claims (/en/a/b/c). Without this route Next answered
 * with its own root 404, outside the [locale] layout: no lang, no header, blank without
 * JavaScript. Here the language's 404 page is served as HTML with a 404 status, as for a missing
 * article.
 */
export default async function UnclaimedAddress({ params }: Props) {
  const { locale } = await params
  return isLocale(locale) ? <MissingPage locale={locale} /> : notFound()
}
