import { dictionary } from '@/i18n/dictionaries'
import { formatDateTime } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'

/** Shown as "updated" only when the edition changed noticeably after it was first published. */
const updateThresholdMs = 10 * 60 * 1000

export function ArticleMeta({
  locale,
  publishedAt,
  revisedAt,
}: {
  locale: Locale
  publishedAt?: string | null
  revisedAt?: string | null
}) {
  if (!publishedAt) return null
  const t = dictionary(locale)
  const updated = revisedAt && new Date(revisedAt).getTime() - new Date(publishedAt).getTime() > updateThresholdMs ? revisedAt : null
  return (
    <p className="article__date">
      <time dateTime={publishedAt}>{formatDateTime(publishedAt, locale)}</time>
      {updated ? (
        <>
          {' · '}
          <span className="article__updated">
            {t.updated}: <time dateTime={updated}>{formatDateTime(updated, locale)}</time>
          </span>
        </>
      ) : null}
    </p>
  )
}
