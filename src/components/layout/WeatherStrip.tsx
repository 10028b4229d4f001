import { getWeather } from '@/content'
import { dictionary } from '@/i18n/dictionaries'
import { formatTemperature } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'

/** "Hà Nội: 19°C · Đà Nẵng: 20°C"; nothing at all when the provider has nothing to say. */
export async function WeatherStrip({ locale }: { locale: Locale }) {
  const readings = await getWeather(locale).catch(() => [])
  if (readings.length === 0) return null
  return (
    <p className="weather-strip" aria-label={dictionary(locale).weather}>
      {readings.map((reading, index) => (
        <span key={reading.city}>
          {index > 0 ? <span aria-hidden="true"> · </span> : null}
          {reading.city}: {formatTemperature(locale, reading.temperature)}
        </span>
      ))}
    </p>
  )
}
