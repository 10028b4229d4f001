/** The newsroom's languages. Vietnamese is the default and the source of translations. */
export const locales = ['vi', 'en', 'zh'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'vi'
/** The languages editions are translated into (from the Vietnamese source). */
export type TranslationLocale = Exclude<Locale, 'vi'>
export const translationLocales = locales.filter((locale): locale is TranslationLocale => locale !== 'vi')

export const localeLabels: Record<Locale, string> = {
  vi: 'Tiếng Việt',
  en: 'English',
  zh: '中文',
}

/** BCP 47 tags for <html lang>, hreflang and Intl formatting. */
export const localeTags: Record<Locale, string> = {
  vi: 'vi-VN',
  en: 'en',
  zh: 'zh-CN',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The newsroom's own time zone: dates are shown as the newsroom lives them, not as the server does. */
export const newsroomTimeZone = 'Asia/Ho_Chi_Minh'
