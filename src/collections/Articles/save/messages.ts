import type { PayloadRequest } from 'payload'

import { formatDateTime } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'

type Language = 'vi' | 'en' | 'zh'

/** The language the person works in: the admin's (or the request's Accept-Language), Vietnamese by default. */
export function languageOf(req: PayloadRequest): Language {
  const language = req.i18n?.language
  return language === 'en' || language === 'zh' ? language : 'vi'
}

const editionNames: Record<Language, Record<Locale, string>> = {
  vi: { vi: 'bản tiếng Việt', en: 'bản tiếng Anh', zh: 'bản tiếng Trung' },
  en: { vi: 'Vietnamese edition', en: 'English edition', zh: 'Chinese edition' },
  zh: { vi: '越南语版', en: '英语版', zh: '中文版' },
}

const fieldNames: Record<Language, Record<string, string>> = {
  vi: {
    section: 'Chuyên mục',
    tags: 'Thẻ',
    authors: 'Tác giả',
    publishedAt: 'Ngày xuất bản',
    heroImage: 'Ảnh đại diện',
    source: 'Nguồn',
    related: 'Tin liên quan',
    title: 'Tiêu đề',
    lead: 'Sapo',
    body: 'Nội dung',
    slug: 'Đường dẫn',
    workflowState: 'Trạng thái biên tập',
  },
  en: {
    section: 'Section',
    tags: 'Tags',
    authors: 'Authors',
    publishedAt: 'Published at',
    heroImage: 'Hero photo',
    source: 'Source',
    related: 'Related articles',
    title: 'Headline',
    lead: 'Lead',
    body: 'Body',
    slug: 'Slug',
    workflowState: 'Workflow state',
  },
  zh: {
    section: '栏目',
    tags: '标签',
    authors: '作者',
    publishedAt: '发布时间',
    heroImage: '主图',
    source: '来源',
    related: '相关文章',
    title: '标题',
    lead: '导语',
    body: '正文',
    slug: '链接',
    workflowState: '编辑状态',
  },
}

export const fieldName = (language: Language, field: string): string => fieldNames[language][field] ?? field

export const sharedFieldMessages = {
  notSource: (language: Language, source: Locale): string =>
    ({
      vi: `Trường này dùng chung cho mọi bản ngữ; chỉ sửa được trong ${editionNames.vi[source]}.`,
      en: `Shared by every edition: it can only be changed in the ${editionNames.en[source]}.`,
      zh: `此字段为各语言版本共用，只能在${editionNames.zh[source]}中修改。`,
    })[language],
  translator: (language: Language): string =>
    ({
      vi: 'Biên dịch viên không sửa trường dùng chung; hãy nhờ biên tập viên hoặc phóng viên.',
      en: 'Translators cannot change fields shared by every edition; ask an editor or reporter.',
      zh: '译者不能修改各版本共用的字段，请联系编辑或记者。',
    })[language],
}

/** "Trần B saved this edition at Thứ Tư, 02/12/2026 10:42 since your copy was loaded (changed: Sapo). Reload to see it." */
export function staleCopyMessage(language: Language, input: { name: string; at: string; locale: Locale; changed: string[] }): string {
  const when = formatDateTime(input.at, language)
  const changed = input.changed.map((field) => fieldName(language, field)).join(', ')
  switch (language) {
    case 'vi':
      return `${input.name} đã lưu ${editionNames.vi[input.locale]} lúc ${when}, sau khi bạn mở bài${changed ? ` (đã sửa: ${changed})` : ''}. Bản của bạn cũ hơn nên không được lưu đè; hãy tải lại trang để thấy thay đổi của họ.`
    case 'en':
      return `${input.name} saved the ${editionNames.en[input.locale]} at ${when}, after your copy was loaded${changed ? ` (changed: ${changed})` : ''}. Your copy is older and was not saved over theirs; reload to see their changes.`
    case 'zh':
      return `${input.name}在${when}保存了${editionNames.zh[input.locale]}，晚于您打开的版本${changed ? `（修改了：${changed}）` : ''}。您的副本较旧，未覆盖其内容；请刷新页面查看。`
  }
}

/** "Trần B is editing this edition since 10:42; take it over to save your changes." */
export function heldMessage(language: Language, input: { name: string; since: string; locale: Locale }): string {
  const since = formatDateTime(input.since, language)
  switch (language) {
    case 'vi':
      return `${input.name} đang sửa ${editionNames.vi[input.locale]} (từ ${since}). Bấm "Tiếp quản" để sửa thay, hoặc chờ họ đóng trang.`
    case 'en':
      return `${input.name} is editing the ${editionNames.en[input.locale]} (since ${since}). Take it over to edit it, or wait until they close it.`
    case 'zh':
      return `${input.name}正在编辑${editionNames.zh[input.locale]}（自${since}起）。点击“接管”后可编辑，或等待对方关闭页面。`
  }
}
