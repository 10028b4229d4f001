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

/** The strip's readings; the city list is shared, so it is read with every language's names. */
export async function weatherReadings(payload: Payload, locale: Locale): Promise<Reading[]> {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0, overrideAccess: true, select: { weatherProvider: true, weatherCities: true } })
  const cities = citiesIn(locale, (settings.weatherCities ?? []) as unknown as CityRow[])
  return readWeather(weatherProvider(settings.weatherProvider ?? 'open-meteo'), cities)
}
