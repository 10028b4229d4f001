import type { Language } from '@/collections/Articles/workflow/actions'

/** Why someone is told about an article. */
export const noticeKinds = ['submitted', 'sent_back', 'translation_outdated'] as const
export type NoticeKind = (typeof noticeKinds)[number]

export const noticeKindLabels: Record<NoticeKind, Record<Language, string>> = {
  submitted: { vi: 'Gửi duyệt', en: 'Submitted for review', zh: '提交审核' },
  sent_back: { vi: 'Bị trả lại', en: 'Sent back', zh: '被退回' },
  translation_outdated: { vi: 'Bản dịch lỗi thời', en: 'Translation outdated', zh: '译文已过时' },
}

const editionNames: Record<Language, Record<string, string>> = {
  vi: { vi: 'bản tiếng Việt', en: 'bản tiếng Anh', zh: 'bản tiếng Trung' },
  en: { vi: 'Vietnamese edition', en: 'English edition', zh: 'Chinese edition' },
  zh: { vi: '越南语版', en: '英语版', zh: '中文版' },
}

/** The notice as a sentence, in the reader's language: «Trần B gửi duyệt "Tiêu đề" (bản tiếng Việt).» */
export function noticeText(language: Language, notice: { kind: NoticeKind; by?: string; title: string; locale: string }): string {
  const who = notice.by ?? { vi: 'Ai đó', en: 'Someone', zh: '有人' }[language]
  const edition = editionNames[language][notice.locale] ?? notice.locale
  const title = language === 'zh' ? `“${notice.title}”` : `"${notice.title}"`
  switch (notice.kind) {
    case 'submitted':
      return {
        vi: `${who} gửi duyệt ${title} (${edition}).`,
        en: `${who} submitted ${title} (${edition}) for review.`,
        zh: `${who}提交审核${title}（${edition}）。`,
      }[language]
    case 'sent_back':
      return {
        vi: `${who} trả lại ${title} (${edition}) để sửa tiếp.`,
        en: `${who} sent ${title} (${edition}) back to you.`,
        zh: `${who}将${title}（${edition}）退回给您。`,
      }[language]
    case 'translation_outdated':
      return {
        vi: `Bản gốc của ${title} đã sửa: ${edition} cần dịch lại.`,
        en: `The source of ${title} changed: the ${edition} needs updating.`,
        zh: `${title}的原文已修改：${edition}需要更新。`,
      }[language]
  }
}
