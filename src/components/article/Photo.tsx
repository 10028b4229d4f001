import { getImageProps } from 'next/image'

import { formatCredit } from '@/i18n/credit'
import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'

type Size = 'hero' | 'card' | 'thumbnail'

type Props = {
  photo: Media
  locale: Locale
  size: Size
  /** An article-specific caption that replaces the photo's own. */
  caption?: string | null
  priority?: boolean
  /** Cards show the picture only; captions and credits belong to the article. */
  bare?: boolean
}

const sizesAttr: Record<Size, string> = {
  hero: '(max-width: 800px) 100vw, 800px',
  card: '(max-width: 640px) 100vw, 320px',
  thumbnail: '160px',
}

/** A photo with its caption and credit; prints nothing for what the photo does not have. */
export function Photo({ photo, locale, size, caption, priority, bare }: Props) {
  const variant = photo.sizes?.[size]
  const src = variant?.url || photo.url
  if (!src) return null
  const text = bare ? '' : (caption || photo.caption || '').trim()
  const credit = bare ? '' : formatCredit(locale, photo)
  return (
    <figure className={`photo photo--${size}`}>
      {/* Next's optimizer sizes, as a plain <img>: the Image component is client code a reading page does not need. */}
      <img
        {...getImageProps({
          src,
          alt: photo.alt || '',
          width: variant?.width || photo.width || 1200,
          height: variant?.height || photo.height || 800,
          sizes: sizesAttr[size],
          priority,
        }).props}
        alt={photo.alt || ''}
      />
      {text || credit ? (
        <figcaption>
          {text ? <span className="photo__caption">{text}</span> : null}
          {text && credit ? ' ' : null}
          {credit ? <span className="photo__credit">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
