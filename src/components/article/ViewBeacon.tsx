import type { Locale } from '@/i18n/locales'

/**
 * Counts a read: an image request, so it needs no JavaScript and still fires when the page came
 * from the cache. No cookie is set and nothing about the reader is stored.
 */
export function ViewBeacon({ articleId, locale }: { articleId: number; locale: Locale }) {
  return (
    // A counting pixel, not a picture: next/image would try to optimise it.
    <img
      className="view-beacon"
      src={`/api/pv?a=${articleId}&l=${locale}`}
      alt=""
      width={1}
      height={1}
      aria-hidden="true"
      referrerPolicy="no-referrer"
      decoding="async"
      // Low priority keeps React from preloading it: a prefetched link to this page (home, lists)
      // would otherwise load the beacon, and count a view, for a page nobody opened.
      fetchPriority="low"
    />
  )
}
