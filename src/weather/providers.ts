import type { WeatherProviderName } from '@/globals/SiteSettings'

export type City = { name: string; latitude: number; longitude: number; temperature?: number | null }
export type Reading = { city: string; temperature: number }

export type WeatherProvider = (cities: City[]) => Promise<Reading[]>

/** Figures typed by editors in the site settings. */
export const staticProvider: WeatherProvider = async (cities) =>
  cities
    .filter((city) => typeof city.temperature === 'number')
    .map((city) => ({ city: city.name, temperature: city.temperature as number }))

type OpenMeteoCurrent = { current?: { temperature_2m?: number } }

/** Open-Meteo's forecast API: free, no key. One request for all cities. */
export function openMeteoProvider(baseUrl: string, timeoutMs: number): WeatherProvider {
  return async (cities) => {
    if (cities.length === 0) return []
    // Relative to the base, so a proxy under a path prefix works too.
    const url = new URL('v1/forecast', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
    url.searchParams.set('latitude', cities.map((c) => c.latitude).join(','))
    url.searchParams.set('longitude', cities.map((c) => c.longitude).join(','))
    url.searchParams.set('current', 'temperature_2m')
    url.searchParams.set('timezone', 'Asia/Ho_Chi_Minh')
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), cache: 'no-store' })
    if (!response.ok) throw new Error(`weather provider answered ${response.status}`)
    const body = (await response.json()) as OpenMeteoCurrent | OpenMeteoCurrent[]
    const list = Array.isArray(body) ? body : [body]
    return cities
      .map((city, index) => ({ city: city.name, temperature: list[index]?.current?.temperature_2m }))
      .filter((reading): reading is Reading => typeof reading.temperature === 'number' && Number.isFinite(reading.temperature))
  }
}

export function weatherProvider(
  name: WeatherProviderName,
  env: Record<string, string | undefined> = process.env,
): WeatherProvider | undefined {
  // Operators can force a provider (tests use "static"; an outage can switch it off without a deploy).
  const chosen = (env.WEATHER_PROVIDER as WeatherProviderName | undefined) || name
  switch (chosen) {
    case 'static':
      return staticProvider
    case 'open-meteo':
      return openMeteoProvider(env.WEATHER_API_URL || 'https://api.open-meteo.com', Number(env.WEATHER_TIMEOUT_MS) || 1500)
    default:
      return undefined
  }
}

/** Readings for the strip, or none at all when the provider fails: the page must not wait or break. */
export async function readWeather(provider: WeatherProvider | undefined, cities: City[]): Promise<Reading[]> {
  if (!provider) return []
  try {
    return await provider(cities)
  } catch {
    return []
  }
}
