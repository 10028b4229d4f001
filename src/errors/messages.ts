import type { Locale } from '@/i18n/locales'
import type { AdminLanguage, Localized } from './refuse'

/**
 * What each rule the collections enforce tells the person, in vi, en and zh: what is wrong and
 * what to do. One place, so the wording stays consistent. No colons (see refuseFields).
 */
const languageNames: Record<AdminLanguage, Record<Locale, string>> = {
  vi: { vi: 'tiếng Việt', en: 'tiếng Anh', zh: 'tiếng Trung' },
  en: { vi: 'vi', en: 'en', zh: 'zh' },
  zh: { vi: '越南语', en: '英语', zh: '中文' },
}

export const ruleMessages = {
  publishNeedsEditor: {
    vi: 'Chỉ biên tập viên được đăng bài. Hãy bấm "Gửi duyệt" để gửi cho biên tập viên.',
    en: 'Only editors can publish. Press "Submit for review" to send it to an editor.',
    zh: '只有编辑可以发布。请点击“提交审核”交给编辑。',
  },
  scheduleNeedsEditor: {
    vi: 'Chỉ biên tập viên được hẹn giờ đăng, đổi hoặc huỷ giờ đăng. Hãy bấm "Gửi duyệt" để gửi cho biên tập viên.',
    en: 'Only editors can schedule an edition, or move or cancel its schedule. Press "Submit for review" to send it to an editor.',
    zh: '只有编辑可以设置、修改或取消定时发布。请点击“提交审核”交给编辑。',
  },
  unpublishNeedsEditor: {
    vi: 'Chỉ biên tập viên được gỡ bài đã đăng.',
    en: 'Only editors may unpublish a published edition.',
    zh: '只有编辑可以撤下已发布的版本。',
  },
  useButtons: {
    vi: 'Trạng thái "Đã đăng" và "Đã gỡ" đi theo nút Đăng và Gỡ bài, không chọn tay được.',
    en: 'Use the Publish / Unpublish buttons to change whether the edition is live; this field follows them.',
    zh: '“已发布”和“已撤下”随“发布”“撤下”按钮变化，不能手动选择。',
  },
  scheduleMissing: {
    vi: 'Hãy chọn thời điểm đăng bản này.',
    en: 'Choose when this edition should be published.',
    zh: '请选择本版本的发布时间。',
  },
  schedulePast: {
    vi: 'Giờ hẹn đăng đã qua. Hãy chọn một thời điểm trong tương lai.',
    en: 'The publication time has already passed. Choose a time in the future.',
    zh: '定时发布时间已过，请选择将来的时间。',
  },
  expiryPast: {
    vi: 'Thời điểm hết hạn đã qua. Hãy chọn một thời điểm trong tương lai hoặc để trống.',
    en: 'This expiry time has already passed. Choose a time in the future, or leave it empty.',
    zh: '到期时间已过，请选择将来的时间或留空。',
  },
  takedownInDraft: {
    vi: '"Gỡ bài ở mọi ngôn ngữ" gỡ bài khỏi trang, không thể làm cùng một lần lưu nháp.',
    en: '"Unpublish in all locales" takes the article down; it cannot be part of a draft save.',
    zh: '“在所有语言中撤下”会撤下文章，不能与保存草稿同时进行。',
  },
  webAddress: {
    vi: 'Hãy nhập địa chỉ đầy đủ, bắt đầu bằng https:// (hoặc http://).',
    en: 'Enter a full http(s):// address.',
    zh: '请输入以 https://（或 http://）开头的完整网址。',
  },
  creditOrAgency: {
    vi: 'Ảnh cần ghi tác giả ảnh, hãng ảnh, hoặc cả hai.',
    en: 'A photo needs a credit, the photographer, the agency, or both.',
    zh: '图片需要注明摄影者、图片机构，或两者。',
  },
  bodyNotRichText: {
    vi: 'Nội dung phải là văn bản định dạng (tài liệu Lexical), không phải chuỗi thường.',
    en: 'The body must be rich text (a Lexical document with a root), not plain text or another value.',
    zh: '正文必须是富文本（Lexical 文档），不能是纯文本或其他值。',
  },
  uploadAsFile: {
    vi: 'Hãy tải ảnh lên dưới dạng tệp; hệ thống không lấy ảnh từ địa chỉ web.',
    en: 'Upload the photo as a file; photos are not fetched from web addresses.',
    zh: '请以文件形式上传图片，系统不会从网址获取图片。',
  },
  ruleTagMissing: {
    vi: 'Hãy chọn thẻ có các bài mới nhất sẽ điền vào ô trống.',
    en: 'Choose the tag whose latest articles fill the empty slots.',
    zh: '请选择用于填充空位的标签。',
  },
} satisfies Record<string, Localized>

/** "A link in the body uses "javascript:" …" */
export const bodyLinkScheme = (language: AdminLanguage, scheme: string): string =>
  ({
    vi: `Một liên kết trong nội dung dùng "${scheme}:". Liên kết chỉ được là địa chỉ http(s), mailto, tel hoặc một đường dẫn trên trang này.`,
    en: `A link in the body uses "${scheme}:"; links may only use http(s), mailto or tel addresses, or a path on this site.`,
    zh: `正文中的链接使用了“${scheme}:”。链接只能是 http(s)、mailto、tel 地址或本站路径。`,
  })[language]

/** "Photo "x.png" (id 3) needs a credit or agency and alt text in en before this edition can be published." */
export function photoNeeds(
  language: AdminLanguage,
  input: { file: string; id: number; credit: boolean; alt: boolean; locale: Locale },
): string {
  const name = languageNames[language][input.locale]
  const needs = {
    vi: [input.credit && 'tác giả ảnh hoặc hãng ảnh', input.alt && `mô tả ảnh (alt) bằng ${name}`],
    en: [input.credit && 'a credit or agency', input.alt && `alt text in ${name}`],
    zh: [input.credit && '摄影者或图片机构', input.alt && `${name}替代文字`],
  }[language].filter(Boolean)
  switch (language) {
    case 'vi':
      return `Ảnh "${input.file}" (id ${input.id}) cần ${needs.join(' và ')} trước khi đăng bản ${name}. Hãy bổ sung trong mục Ảnh.`
    case 'en':
      return `Photo "${input.file}" (id ${input.id}) needs ${needs.join(' and ')} before this edition can be published. Add it in Media.`
    case 'zh':
      return `图片“${input.file}”（id ${input.id}）需要填写${needs.join('和')}后才能发布${name}版本。请在“媒体”中补充。`
  }
}

/** "x.jpg" could not be read as an image (reason). */
export const unreadableImage = (language: AdminLanguage, file: string, reason: string): string =>
  ({
    vi: `Không đọc được "${file}" như một ảnh (${reason}). Hãy xuất lại ảnh rồi tải lên.`,
    en: `"${file}" is not a readable image (${reason}). Export it again and upload it.`,
    zh: `无法将“${file}”读取为图片（${reason}），请重新导出后上传。`,
  })[language]

export const slugTaken = (language: AdminLanguage, slug: string, locale: Locale): string =>
  ({
    vi: `Đường dẫn "${slug}" đã được một bài khác dùng trong bản ${languageNames.vi[locale]}. Hãy sửa đường dẫn.`,
    en: `The slug "${slug}" is already used by another article in this language (${locale}). Change the slug.`,
    zh: `链接“${slug}”已被另一篇${languageNames.zh[locale]}文章使用，请修改链接。`,
  })[language]

export const placementExists = (language: AdminLanguage, id: number): string =>
  ({
    vi: `Đã có vị trí tin chọn cho danh sách và phạm vi này (#${id}). Hãy sửa vị trí đó.`,
    en: `A placement for this list and scope already exists (#${id}). Edit that one.`,
    zh: `此列表和范围已有推荐位（#${id}），请编辑该推荐位。`,
  })[language]
