import { dictionary } from '@/i18n/dictionaries'
import { localeLabels, locales, type Locale } from '@/i18n/locales'

export type Alternates = Partial<Record<Locale, string>>

/** Leads to this page in another language when that edition is published, else to that language's home. */
export function LanguageSwitcher({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const t = dictionary(locale)
  return (
    <nav aria-label={t.languages} className="language-switcher">
      <ul>
        {locales.map((code) => (
          <li key={code}>
            {code === locale ? (
              <span aria-current="page" lang={code}>
                {localeLabels[code]}
              </span>
            ) : (
              <a href={alternates[code] ?? `/${code}`} hrefLang={code} lang={code}>
                {localeLabels[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
