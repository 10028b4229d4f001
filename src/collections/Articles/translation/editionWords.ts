import type { EditionState, EditionStatus, TranslatedField } from './desk'

export type AdminLang = 'vi' | 'en' | 'zh'

export const adminLang = (language: string | undefined): AdminLang => (language === 'en' || language === 'zh' ? language : 'vi')

type Words = Record<EditionState | 'outdated' | 'revision', string> & Record<TranslatedField, string>

/** An edition's state in plain words, as the list's "Editions" column says it. */
export const editionWords: Record<AdminLang, Words> = {
  vi: {
    missing: 'chưa có',
    in_progress: 'đang viết',
    in_review: 'chờ duyệt',
    scheduled: 'hẹn giờ',
    published: 'đã đăng',
    unpublished: 'đã gỡ',
    outdated: 'cần cập nhật',
    revision: 'có bản sửa chờ đăng',
    title: 'tiêu đề',
    lead: 'sapo',
    body: 'nội dung',
  },
  en: {
    missing: 'missing',
    in_progress: 'in progress',
    in_review: 'in review',
    scheduled: 'scheduled',
    published: 'published',
    unpublished: 'unpublished',
    outdated: 'needs updating',
    revision: 'revision waiting',
    title: 'headline',
    lead: 'lead',
    body: 'body',
  },
  zh: {
    missing: '缺失',
    in_progress: '进行中',
    in_review: '待审核',
    scheduled: '定时发布',
    published: '已发布',
    unpublished: '已撤下',
    outdated: '需要更新',
    revision: '有待发布的修订',
    title: '标题',
    lead: '导语',
    body: '正文',
  },
}

/** "đã đăng", or "cần cập nhật" when the source changed, and the detail for a tooltip ("tiêu đề, nội dung"). */
export function describeEdition(edition: EditionStatus, lang: AdminLang): { text: string; detail: string } {
  const words = editionWords[lang]
  if (edition.outdated.length > 0) return { text: words.outdated, detail: edition.outdated.map((field) => words[field]).join(', ') }
  if (edition.revisionWaiting) return { text: words.revision, detail: words[edition.state] }
  return { text: words[edition.state], detail: words[edition.state] }
}
