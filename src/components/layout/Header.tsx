import Link from 'next/link'

import { dictionary } from '@/i18n/dictionaries'
import { localeLabels, locales, type Locale } from '@/i18n/locales'
import type { Section } from '@/payload-types'

type Props = { locale: Locale; sections: Section[] }

export function Header({ locale, sections }: Props) {
  const t = dictionary(locale)
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <div className="site-header__top">
        <Link href={`/${locale}`} className="site-logo">
          {t.siteName}
        </Link>
        <nav aria-label={t.languages} className="language-links">
          <ul>
            {locales.map((code) => (
              <li key={code}>
                <Link href={`/${code}`} hrefLang={code} lang={code} aria-current={code === locale ? 'true' : undefined}>
                  {localeLabels[code]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <nav aria-label={t.sections} className="section-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={`/${locale}/${section.slug}`}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
