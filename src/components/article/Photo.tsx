import { formatCredit } from '@/i18n/credit'
import type { Locale } from '@/i18n/locales'
import type { Media } from '@/payload-types'
import { mediaSrcSet, type MediaSizeName } from '@/utilities/mediaSrcSet'

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

/** The sizes offered beside each: the hero's narrower alternative is the card (640 wide, 16:10). */
const srcSetSizes: Record<Size, MediaSizeName[]> = {
  hero: ['card', 'hero'],
  card: ['thumbnail', 'card'],
  thumbnail: ['thumbnail', 'card'],
}

/** A photo with its caption and credit; prints nothing for what the photo does not have. */
export function Photo({ photo, locale, size, caption, priority, bare }: Props) {
  const variant = photo.sizes?.[size]
  const src = variant?.url || photo.url
  if (!src) return null
  // Only when the chosen size was made: a narrower one of another shape is cropped to it (site.css).
  const srcSet = variant?.url ? mediaSrcSet(photo, srcSetSizes[size]) : undefined
  const text = bare ? '' : (caption || photo.caption || '').trim()
  const credit = bare ? '' : formatCredit(locale, photo)
  return (
    <figure className={`photo photo--${size}`}>
      {/* Payload's own sizes as a plain <img>: no Image component in the reader's JavaScript, no optimizer URLs in the page. */}
      <img
        src={src}
        srcSet={srcSet}
        sizes={srcSet ? sizesAttr[size] : undefined}
        width={variant?.width || photo.width || 1200}
        height={variant?.height || photo.height || 800}
        alt={photo.alt || ''}
        loading={priority ? undefined : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
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
