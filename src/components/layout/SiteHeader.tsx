import Link from 'next/link'

import { getMenuSections } from '@/content'
import { dictionary } from '@/i18n/dictionaries'
import type { Locale } from '@/i18n/locales'
import { SearchBox } from '@/components/search/SearchBox'
import { LanguageSwitcher, type Alternates } from './LanguageSwitcher'
import { WeatherStrip } from './WeatherStrip'

type Props = { locale: Locale; alternates?: Alternates; currentSection?: string; searchQuery?: string; compact?: boolean }

/**
 * The site's header. `compact` leaves out the weather and the section menu: for the layout's
 * not-found boundary, which Next sends inside every page's RSC payload though readers rarely see it.
 */
export async function SiteHeader({ locale, alternates = {}, currentSection, searchQuery, compact = false }: Props) {
  const t = dictionary(locale)
  const sections = compact ? [] : (await getMenuSections(locale)).filter((section) => !section.parent)
  return (
    <header className="site-header">
      <div className="site-header__top">
        <Link href={`/${locale}`} className="site-logo">
          {t.siteName}
        </Link>
        {compact ? null : <WeatherStrip locale={locale} />}
        <SearchBox locale={locale} query={searchQuery} />
        <LanguageSwitcher locale={locale} alternates={alternates} />
      </div>
      <nav aria-label={t.sections} className="section-nav">
        <ul>
          <li>
            <Link href={`/${locale}`}>{t.home}</Link>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <Link href={`/${locale}/${section.slug}`} aria-current={section.slug === currentSection ? 'page' : undefined}>
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
