import { localeTags, newsroomTimeZone, type Locale } from './locales'

/** "Thứ Tư, 03/06/2020 09:34" / "Wednesday, 2020-06-03 09:34" / "2020年6月3日星期三 09:34", in newsroom time. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso)
  const part = (options: Intl.DateTimeFormatOptions, tag = localeTags[locale]) =>
    new Intl.DateTimeFormat(tag, { timeZone: newsroomTimeZone, ...options }).format(date)
  const time = part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: newsroomTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  )
  const weekday = part({ weekday: 'long' })
  switch (locale) {
    case 'vi':
      return `${capitalize(weekday)}, ${parts.day}/${parts.month}/${parts.year} ${time}`
    case 'en':
      return `${weekday}, ${parts.year}-${parts.month}-${parts.day} ${time}`
    case 'zh':
      return `${part({ year: 'numeric', month: 'long', day: 'numeric' })}${weekday} ${time}`
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)
}

/** "Trang 2" / "Page 2" / "第 2 页". */
export function pageLabel(locale: Locale, page: number): string {
  switch (locale) {
    case 'vi':
      return `Trang ${page}`
    case 'en':
      return `Page ${page}`
    case 'zh':
      return `第 ${page} 页`
  }
}

/** "19°C" with the locale's number formatting. */
export function formatTemperature(locale: Locale, celsius: number): string {
  return `${new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 0 }).format(celsius)}°C`
}
