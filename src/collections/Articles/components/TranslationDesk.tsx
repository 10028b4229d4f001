'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

type Edition = { locale: 'vi' | 'en' | 'zh'; state: string; outdated: string[]; tracked: boolean; revisionWaiting: boolean }
type Lang = 'vi' | 'en' | 'zh'

const text: Record<Lang, Record<string, string>> = {
  vi: {
    heading: 'Bản dịch',
    missing: 'Chưa có',
    in_progress: 'Đang viết/dịch',
    in_review: 'Chờ duyệt',
    scheduled: 'Hẹn giờ',
    published: 'Đã đăng',
    unpublished: 'Đã gỡ',
    outdated: 'Lỗi thời — bản gốc đã sửa',
    revision: 'Có bản sửa chờ đăng',
    start: 'Bắt đầu dịch từ bản gốc',
    synced: 'Đánh dấu đã cập nhật',
    open: 'Mở',
    title: 'tiêu đề',
    lead: 'sapo',
    body: 'nội dung',
    save: 'Lưu bài trước khi dịch.',
  },
  en: {
    heading: 'Translations',
    missing: 'Missing',
    in_progress: 'In progress',
    in_review: 'In review',
    scheduled: 'Scheduled',
    published: 'Published',
    unpublished: 'Unpublished',
    outdated: 'Outdated — source changed',
    revision: 'Revision waiting to be published',
    start: 'Start translation from source',
    synced: 'Mark up to date',
    open: 'Open',
    title: 'headline',
    lead: 'lead',
    body: 'body',
    save: 'Save the article before translating.',
  },
  zh: {
    heading: '翻译',
    missing: '缺失',
    in_progress: '进行中',
    in_review: '待审核',
    scheduled: '定时发布',
    published: '已发布',
    unpublished: '已撤下',
    outdated: '已过时——原文已修改',
    revision: '有待发布的修订',
    start: '从原文开始翻译',
    synced: '标记为已更新',
    open: '打开',
    title: '标题',
    lead: '导语',
    body: '正文',
    save: '请先保存文章再翻译。',
  },
}

/** The article's translation panel: each edition's state, what changed in the source, and the desk's two actions. */
export function TranslationDesk() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' || i18n.language === 'zh' ? i18n.language : 'vi'
  const t = text[lang]
  const [editions, setEditions] = useState<Edition[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(`/api/articles/${id}/translations`, { credentials: 'include' })
    if (response.ok) setEditions(((await response.json()) as { editions: Edition[] }).editions)
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  const act = async (locale: string, action: 'start' | 'up-to-date') => {
    setBusy(true)
    setError(null)
    const response = await fetch(`/api/articles/${id}/translations/${locale}/${action}`, { method: 'POST', credentials: 'include' })
    setBusy(false)
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[]; error?: string } | null
      setError(body?.errors?.[0]?.message ?? body?.error ?? `HTTP ${response.status}`)
      return
    }
    // The form holds the old text: reopen the article in the edition just touched.
    const url = new URL(window.location.href)
    url.searchParams.set('locale', locale)
    window.location.assign(url.toString())
  }

  if (!id) return <p className="translation-desk__hint">{t.save}</p>
  return (
    <section className="translation-desk" aria-label={t.heading} data-testid="translation-desk">
      <h4 style={{ margin: '0 0 0.5rem' }}>{t.heading}</h4>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.5rem' }}>
        {(editions ?? []).map((edition) => (
          <li
            key={edition.locale}
            data-locale={edition.locale}
            data-state={edition.state}
            data-outdated={edition.outdated.join(',')}
            data-revision-waiting={edition.revisionWaiting || undefined}
          >
            <strong>{edition.locale.toUpperCase()}</strong>: {t[edition.state] ?? edition.state}
            {edition.revisionWaiting ? <div style={{ color: 'var(--theme-warning-700)' }}>{t.revision}</div> : null}
            {edition.outdated.length > 0 ? (
              <div style={{ color: 'var(--theme-error-500)' }}>
                {t.outdated}: {edition.outdated.map((field) => t[field] ?? field).join(', ')}
              </div>
            ) : null}
            <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', marginTop: '0.25rem' }}>
              {edition.locale !== 'vi' && edition.state === 'missing' ? (
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  disabled={busy}
                  onClick={() => act(edition.locale, 'start')}
                >
                  {t.start} ({edition.locale})
                </button>
              ) : null}
              {edition.locale !== 'vi' && edition.state !== 'missing' && (edition.outdated.length > 0 || !edition.tracked) ? (
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  disabled={busy}
                  onClick={() => act(edition.locale, 'up-to-date')}
                >
                  {t.synced} ({edition.locale})
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  )
}
