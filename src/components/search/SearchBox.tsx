import { dictionary } from '@/i18n/dictionaries'
import type { Locale } from '@/i18n/locales'
import { maxQueryLength } from '@/search/fold'

/** A plain GET form: works without JavaScript, ships none. */
export function SearchBox({ locale, query = '', id = 'site-search' }: { locale: Locale; query?: string; id?: string }) {
  const t = dictionary(locale)
  return (
    <form role="search" action={`/${locale}/search`} method="get" className="search-box">
      <label htmlFor={id} className="visually-hidden">
        {t.search}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t.searchPlaceholder}
        maxLength={maxQueryLength}
        autoComplete="off"
      />
      <button type="submit">{t.searchButton}</button>
    </form>
  )
}
