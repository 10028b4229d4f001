'use client'

import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { DiffPart, SourceSegment } from '../translation/sideBySide'
import type { SourceText as SourceTextData } from '../translation/sourceText'

type Lang = 'vi' | 'en' | 'zh'
type Shown = 'title' | 'lead' | 'body' | 'photos'

const text: Record<Lang, Record<string, string>> = {
  vi: {
    source: 'Bản gốc (vi)',
    changed: 'Bản gốc đã sửa từ lần dịch trước — phần thay đổi được tô màu',
    lost: 'Không còn lưu bản cũ để so sánh.',
    title: 'tiêu đề',
    lead: 'sapo',
    body: 'nội dung',
    caption: 'Chú thích',
    alt: 'Mô tả ảnh (alt)',
    photo: 'Ảnh',
    paragraph: 'Đoạn',
    removed: 'đoạn đã xoá',
    empty: '(trống)',
  },
  en: {
    source: 'Source (vi)',
    changed: 'The source changed since the last translation — changes are highlighted',
    lost: 'The earlier text is no longer kept to compare.',
    title: 'headline',
    lead: 'lead',
    body: 'body',
    caption: 'Caption',
    alt: 'Alt text',
    photo: 'Photo',
    paragraph: 'Paragraph',
    removed: 'paragraph removed',
    empty: '(empty)',
  },
  zh: {
    source: '原文（越南语）',
    changed: '上次翻译后原文已修改——修改处已标出',
    lost: '已不保存旧版本，无法比较。',
    title: '标题',
    lead: '导语',
    body: '正文',
    caption: '图片说明',
    alt: '替代文字',
    photo: '图片',
    paragraph: '段落',
    removed: '已删除的段落',
    empty: '（空）',
  },
}

// One request per page and edition, shared by the panels under each field.
const requests = new Map<string, Promise<SourceTextData | null>>()

function loadSource(id: string | number, locale: string): Promise<SourceTextData | null> {
  const key = `${id}:${locale}`
  let request = requests.get(key)
  if (!request) {
    request = fetch(`/api/articles/${id}/translations/${locale}/source`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<SourceTextData>) : null))
      .catch(() => null)
    requests.set(key, request)
    // Read again the next time a panel mounts (another edition, or the page reopened).
    void request.finally(() => setTimeout(() => requests.delete(key), 2000))
  }
  return request
}

function Highlighted({ segment, empty }: { segment: SourceSegment; empty: string }) {
  if (!segment.diff) return <>{segment.text || empty}</>
  return (
    <>
      {segment.diff.map((part: DiffPart, index) =>
        part.op === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.op === 'added' ? (
          <ins key={index} className="source-text__added" style={{ background: 'var(--theme-success-100)', textDecoration: 'none' }}>
            {part.text}
          </ins>
        ) : (
          <del key={index} className="source-text__removed" style={{ background: 'var(--theme-error-100)' }}>
            {part.text}
          </del>
        ),
      )}
    </>
  )
}

/**
 * Under a field of a translation (en, zh): the Vietnamese source of that field, paragraph by
 * paragraph for the body, captions and alt texts for the photos; what changed in the source since
 * the last translation is highlighted. Nothing on the source edition itself.
 */
export function SourceText({ show }: { show: Shown }) {
  const { id } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' || i18n.language === 'zh' ? i18n.language : 'vi'
  const t = text[lang]
  const [data, setData] = useState<SourceTextData | null>(null)

  useEffect(() => {
    if (!id || (locale !== 'en' && locale !== 'zh')) return
    let live = true
    void loadSource(id, locale).then((loaded) => live && setData(loaded))
    return () => {
      live = false
    }
  }, [id, locale])

  if (!id || (locale !== 'en' && locale !== 'zh') || !data) return null
  const segments = data.segments.filter((segment) =>
    show === 'photos' ? segment.field === 'caption' || segment.field === 'alt' : segment.field === show,
  )
  if (segments.length === 0) return null
  const fieldChanged = show !== 'photos' && data.outdated.includes(show)
  let paragraph = 0
  return (
    <aside
      className="source-text"
      data-testid={`source-text-${show}`}
      data-changed={fieldChanged || undefined}
      lang="vi"
      style={{
        marginTop: '0.5rem',
        padding: '0.5rem 0.75rem',
        borderLeft: `3px solid ${fieldChanged ? 'var(--theme-warning-500)' : 'var(--theme-elevation-200)'}`,
        background: 'var(--theme-elevation-50)',
        fontSize: '0.9rem',
      }}
    >
      <div style={{ fontWeight: 600, marginBottom: '0.25rem' }}>{t.source}</div>
      {fieldChanged ? (
        <div role="note" style={{ color: 'var(--theme-warning-700)', marginBottom: '0.25rem' }}>
          {t.changed}
          {data.earlierTextKept ? null : ` ${t.lost}`}
        </div>
      ) : null}
      {show === 'body' ? (
        <ol style={{ margin: 0, paddingLeft: '1.25rem', display: 'grid', gap: '0.4rem' }}>
          {segments.map((segment, index) => (
            <li
              key={index}
              value={segment.removed ? undefined : ++paragraph}
              data-changed={Boolean(segment.diff) || undefined}
              title={segment.removed ? t.removed : `${t.paragraph} ${paragraph}`}
              style={segment.removed ? { listStyle: 'none' } : undefined}
            >
              <Highlighted segment={segment} empty={t.empty} />
            </li>
          ))}
        </ol>
      ) : show === 'photos' ? (
        <dl style={{ margin: 0 }}>
          {segments.map((segment, index) => (
            <div key={index} style={{ display: 'flex', gap: '0.5rem' }}>
              <dt style={{ fontWeight: 600 }}>
                {t.photo} #{String(segment.photo)} · {t[segment.field]}:
              </dt>
              <dd style={{ margin: 0 }}>{segment.text || t.empty}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <div data-changed={Boolean(segments[0].diff) || undefined}>
          <Highlighted segment={segments[0]} empty={t.empty} />
        </div>
      )}
    </aside>
  )
}
