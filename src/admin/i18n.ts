import type { Config } from 'payload'

/**
 * Payload's own words we change in the admin. Payload names both the content language (the
 * edition being edited, in the header) and the interface language (account settings) "Ngôn ngữ";
 * a desk working on three editions must tell them apart.
 */
export const adminTranslations: NonNullable<Config['i18n']>['translations'] = {
  vi: { general: { locale: 'Ngôn ngữ nội dung', locales: 'Ngôn ngữ nội dung', language: 'Ngôn ngữ giao diện' } },
  en: { general: { locale: 'Content language', locales: 'Content languages', language: 'Interface language' } },
  zh: { general: { locale: '内容语言', locales: '内容语言', language: '界面语言' } },
}
