'use client'

import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Lang = 'vi' | 'en' | 'zh'
const text: Record<Lang, string> = {
  vi: 'Bản này đang được đăng, và có bản sửa mới hơn chưa đăng: người đọc vẫn thấy bản cũ cho đến khi biên tập viên đăng lại.',
  en: 'This edition is live and has a newer revision waiting: readers see the published copy until an editor publishes again.',
  zh: '此版本已发布，且有更新的修订尚未发布：在编辑再次发布之前，读者看到的仍是已发布的版本。',
}

/** "Revision waiting": the live edition open here has saved changes the public does not see yet. */
export function RevisionNotice() {
  const { id, lastUpdateTime } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const [waiting, setWaiting] = useState(false)

  useEffect(() => {
    if (!id) return
    let cancelled = false
    void fetch(`/api/articles/${id}/translations`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { editions?: { locale: string; revisionWaiting?: boolean }[] } | null) => {
        if (!cancelled) setWaiting(Boolean(body?.editions?.find((edition) => edition.locale === locale)?.revisionWaiting))
      })
      .catch(() => null)
    return () => {
      cancelled = true
    }
    // Re-read after each save of the form (lastUpdateTime changes).
  }, [id, locale, lastUpdateTime])

  if (!waiting) return null
  const lang: Lang = i18n.language === 'en' || i18n.language === 'zh' ? i18n.language : 'vi'
  return (
    <div
      role="status"
      data-testid="revision-waiting"
      style={{
        background: 'var(--theme-elevation-100)',
        borderLeft: '4px solid var(--theme-warning-500)',
        padding: '0.5rem 0.75rem',
        marginBottom: '1rem',
      }}
    >
      {text[lang]}
    </div>
  )
}
