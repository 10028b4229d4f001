import '@fontsource/inter/400.css'
import '@fontsource/inter/700.css'
import '@fontsource/noto-serif/400.css'
import '@fontsource/noto-serif/700.css'
import './site.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { Header } from '@/components/layout/Header'
import { navigationSections } from '@/content/sections'
import { dictionary } from '@/i18n/dictionaries'
import { isLocale, localeTags, locales } from '@/i18n/locales'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = dictionary(locale)
  return { title: { default: t.siteName, template: `%s — ${t.siteName}` }, description: t.tagline }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const sections = await navigationSections(locale)
  const t = dictionary(locale)
  return (
    <html lang={localeTags[locale]}>
      <body>
        <Header locale={locale} sections={sections} />
        <main id="main" className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <p>
            {t.siteName} — {t.tagline}
          </p>
        </footer>
      </body>
    </html>
  )
}
