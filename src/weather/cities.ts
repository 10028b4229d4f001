import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { City } from './providers'

/** A weather city as stored: one shared row, its display name per language. */
export type CityRow = {
  name?: Partial<Record<Locale, string | null>> | string | null
  latitude: number
  longitude: number
  temperature?: number | null
}

/**
 * The strip's cities in the reader's language. The list is one for every language; a city named
 * only in another language (just added by that desk) still shows, under that name — the
 * Vietnamese one first — rather than vanishing until someone translates it.
 */
export function citiesIn(locale: Locale, rows: CityRow[]): City[] {
  return rows.flatMap((row) => {
    const name = displayName(locale, row.name)
    return name ? [{ name, latitude: row.latitude, longitude: row.longitude, temperature: row.temperature }] : []
  })
}

function displayName(locale: Locale, name: CityRow['name']): string | undefined {
  if (typeof name === 'string') return name.trim() || undefined
  const order = [locale, defaultLocale, ...locales]
  return order.map((code) => name?.[code]?.trim()).find(Boolean)
}
