import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { SiteSetting } from '@/payload-types'
import { citiesIn, type CityRow } from '@/weather/cities'
import { readWeather, weatherProvider, type Reading } from '@/weather/providers'

export type WidgetSizes = { related: number; newer: number; other: number; list: number }

export async function siteSettings(payload: Payload, locale: Locale): Promise<SiteSetting> {
  return payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, depth: 0, overrideAccess: true })
}

export function widgetSizes(settings: SiteSetting): WidgetSizes {
  return {
    related: settings.relatedCount ?? 6,
    newer: settings.newerCount ?? 5,
    other: settings.otherCount ?? 6,
    list: settings.listCount ?? 6,
  }
}

/**
 * The strip's readings. The city list is shared; the reader's own names come with the page's
 * settings (one read per render). Only when a city has no name in this language are every
 * language's names read, so that it shows under its name in another (src/weather/cities.ts).
 */
export async function weatherReadings(payload: Payload, locale: Locale): Promise<Reading[]> {
  const own = await siteSettings(payload, locale)
  const rows = (own.weatherCities ?? []) as unknown as CityRow[]
  const allNamed = rows.every((row) => typeof row.name === 'string' && row.name.trim())
  const named = allNamed
    ? rows
    : (((
        await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0, overrideAccess: true, select: { weatherCities: true } })
      ).weatherCities ?? []) as unknown as CityRow[])
  return readWeather(weatherProvider(own.weatherProvider ?? 'open-meteo'), citiesIn(locale, named))
}
