import '@fontsource/inter/400.css'
import '@fontsource/inter/700.css'
import '@fontsource/noto-serif/400.css'
import '@fontsource/noto-serif/700.css'
import './site.css'

import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { fontScaleBootScript } from '@/components/article/fontScale'
import { dictionary } from '@/i18n/dictionaries'
import { isLocale, localeTags } from '@/i18n/locales'
import { siteUrl } from '@/seo/site'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = dictionary(locale)
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t.siteName, template: `%s — ${t.siteName}` },
    description: t.tagline,
    alternates: { types: { 'application/rss+xml': `/${locale}/rss.xml`, 'application/atom+xml': `/${locale}/atom.xml` } },
  }
}

/** The public site's root: one per locale, so <html lang> is always the reader's language. */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = dictionary(locale)
  return (
    // The head script may set the remembered text size on <html> before React hydrates.
    <html lang={localeTags[locale]} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: fontScaleBootScript }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t.skipToContent}
        </a>
        {children}
        <footer className="site-footer">
          <p>
            {t.siteName} — {t.tagline}
          </p>
          <p>{t.footerNote}</p>
          <p>
            <a href={`/${locale}/rss.xml`} type="application/rss+xml">
              {t.rss}
            </a>
          </p>
        </footer>
      </body>
    </html>
  )
}
