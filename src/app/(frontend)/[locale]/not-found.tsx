'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

import { dictionary } from '@/i18n/dictionaries'
import { defaultLocale, isLocale } from '@/i18n/locales'

/** Next gives not-found pages no params, so the reader's language comes from the address. */
export default function NotFound() {
  const first = usePathname()?.split('/')[1]
  const locale = isLocale(first) ? first : defaultLocale
  const t = dictionary(locale)
  return (
    <main id="main" className="site-main not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link href={`/${locale}`}>{t.backHome}</Link>
      </p>
    </main>
  )
}
