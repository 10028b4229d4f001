import type { Media } from '@/payload-types'

export type MediaSizeName = keyof NonNullable<Media['sizes']>

/**
 * A photo's `srcset` from the sizes Payload made of it on upload ("url 320w, url 640w"), narrowest
 * first: a few short file URLs where Next's optimizer would write one long URL per configured width,
 * into the HTML and again into the page's inline RSC payload. Undefined when Payload made fewer than
 * two of them (a small upload is served as it is).
 */
export function mediaSrcSet(media: Pick<Media, 'sizes'>, names: MediaSizeName[]): string | undefined {
  const variants = names
    .map((name) => media.sizes?.[name])
    .filter((variant): variant is { url: string; width: number } => Boolean(variant?.url && variant.width))
    .sort((a, b) => a.width - b.width)
  return variants.length > 1 ? variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ') : undefined
}
