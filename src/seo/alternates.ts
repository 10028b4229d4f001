import { defaultLocale, locales, localeTags, type Locale } from '@/i18n/locales'
import { absoluteUrl } from './site'

export type EditionPaths = Partial<Record<Locale, string>>

/**
 * hreflang alternates: every published edition (itself included) by its language tag, and
 * x-default on the Vietnamese edition, or the first published one. Built from the same map on
 * every edition's page, so the links are reciprocal by construction.
 */
export function hreflangAlternates(editions: EditionPaths): Record<string, string> {
  const languages: Record<string, string> = {}
  for (const locale of locales) {
    const path = editions[locale]
    if (path) languages[localeTags[locale]] = absoluteUrl(path)
  }
  const fallback = editions[defaultLocale] ?? locales.map((locale) => editions[locale]).find(Boolean)
  if (fallback) languages['x-default'] = absoluteUrl(fallback)
  return languages
}
