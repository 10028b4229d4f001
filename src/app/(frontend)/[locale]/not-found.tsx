import Link from 'next/link'

import { dictionary } from '@/i18n/dictionaries'
import { defaultLocale } from '@/i18n/locales'

// Next does not pass params to not-found; the full localized 404 reads the locale from the URL.
export default function NotFound() {
  const t = dictionary(defaultLocale)
  return (
    <div className="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <Link href={`/${defaultLocale}`}>{t.backHome}</Link>
    </div>
  )
}
