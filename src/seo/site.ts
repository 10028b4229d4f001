import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

/** The public origin, from SERVER_URL (README, configuration); http://localhost:<PORT> when unset. */
export function siteUrl(): string {
  const configured = process.env.SERVER_URL?.trim()
  return (configured || `http://localhost:${process.env.PORT?.trim() || '3000'}`).replace(/\/+$/, '')
}

/** An absolute URL for a site path ("/vi/thoi-su/x") or an upload URL; absolute URLs pass through. */
export function absoluteUrl(pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl
  return `${siteUrl()}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`
}

/** Open Graph locale codes (language_TERRITORY). */
export const ogLocales: Record<Locale, string> = { vi: 'vi_VN', en: 'en_US', zh: 'zh_CN' }

export type SocialImage = { url: string; width: number; height: number; alt: string; type: string; length: number | null }

/**
 * The photo in the 1200×630 size social networks and Google expect; the original when the
 * size was not made (an upload smaller than that).
 */
export function socialImage(media: Media | undefined): SocialImage | undefined {
  if (!media) return undefined
  const social = media.sizes?.social
  const url = social?.url || media.url
  if (!url) return undefined
  const useSocial = Boolean(social?.url)
  return {
    url: absoluteUrl(url),
    width: (useSocial ? social?.width : media.width) || 1200,
    height: (useSocial ? social?.height : media.height) || 630,
    alt: media.alt || '',
    type: (useSocial ? social?.mimeType : media.mimeType) || 'image/webp',
    length: (useSocial ? social?.filesize : media.filesize) ?? null,
  }
}

/** Plain text cut to about `max` characters at a word break, for descriptions. */
export function clip(text: string | null | undefined, max = 200): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–—-]+$/, '')}…`
}
