import { locale as rootLocale } from 'next/root-params'

import { NotFoundContent } from '@/components/layout/NotFoundPage'
import { defaultLocale, isLocale } from '@/i18n/locales'

/**
 * Addresses no page claims. A server component: the language comes from the root layout's
 * [locale] (next/root-params), so no dictionary and no router code are sent to the browser.
 */
export default async function NotFound() {
  const current: unknown = await rootLocale()
  // Compact: Next puts this boundary in the RSC payload of every page under [locale].
  return <NotFoundContent locale={isLocale(current) ? current : defaultLocale} compact />
}
