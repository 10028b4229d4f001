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
  redirectTarget: {
    vi: 'Hãy nhập một đường dẫn trên trang (/vi/…) hoặc địa chỉ đầy đủ bắt đầu bằng https://.',
    en: 'Enter a site path (/vi/…) or a full http(s):// address.',
    zh: '请输入本站路径（/vi/…）或以 https:// 开头的完整网址。',
  },
  slugCharacters: {
    vi: 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (VD "ha-noi-mo-tuyen-metro").',
    en: 'Use lower-case letters, digits and hyphens only (e.g. "ha-noi-mo-tuyen-metro").',
    zh: '网址别名只能包含小写字母、数字和连字符（例如 "ha-noi-mo-tuyen-metro"）。',
  },
  bylineOwnAccount: {
    vi: 'Phóng viên chỉ được gắn tên tác giả với tài khoản của chính mình.',
    en: 'A byline can be linked to your own account only.',
    zh: '记者只能将署名关联到自己的账户。',
  },
  translationTarget: {
    vi: 'Bản dịch chỉ làm sang tiếng Anh (en) hoặc tiếng Trung (zh); tiếng Việt là bản gốc.',
    en: 'Translations are made into en or zh; vi is the source.',
    zh: '译文只能译成英语（en）或中文（zh）；越南语是原文。',
  },
  sourceHasNoHeadline: {
    vi: 'Bản gốc tiếng Việt chưa có tiêu đề. Hãy viết tiêu đề trước khi dịch.',
    en: 'The Vietnamese source has no headline yet.',
    zh: '越南语原文还没有标题，请先写标题再翻译。',
  },
  staffOnly: {
    vi: 'Hãy đăng nhập bằng tài khoản của toà soạn.',
    en: 'Log in as newsroom staff.',
    zh: '请使用编辑部账户登录。',
  },
  unknownArticleOrLanguage: {
    vi: 'Không tìm thấy bài hoặc ngôn ngữ này.',
    en: 'Unknown article or language.',
    zh: '找不到这篇文章或该语言。',
  },
  unknownArticle: {
    vi: 'Không tìm thấy bài này.',
    en: 'Unknown article.',
    zh: '找不到这篇文章。',
  },
  allLocalesStaffOnly: {
    vi: 'locale=all chỉ dành cho nhân viên toà soạn; hãy hỏi một ngôn ngữ (vi, en hoặc zh).',
    en: 'locale=all is only available to newsroom staff; ask for one locale (vi, en or zh).',
    zh: 'locale=all 仅供编辑部人员使用；请指定一种语言（vi、en 或 zh）。',
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

/** A hand-made redirect's old address must be an article's (the only addresses the site looks redirects up for). */
export const redirectFromArticle = (language: AdminLanguage, typed: string): string =>
  ({
    vi: `Địa chỉ cũ phải là địa chỉ của một bài: /<ngôn ngữ>/<chuyên mục>/<đường dẫn>, VD /vi/thoi-su/bai-cu (đã nhập "${typed}").`,
    en: `An old address must be an article's: /<language>/<section>/<slug>, e.g. /vi/thoi-su/bai-cu (got "${typed}").`,
    zh: `旧地址必须是文章的地址：/<语言>/<栏目>/<链接>，例如 /vi/thoi-su/bai-cu（输入的是“${typed}”）。`,
  })[language]

export const slugReserved = (language: AdminLanguage, slug: string, reserved: readonly string[]): string =>
  ({
    vi: `"${slug}" là đường dẫn của chính trang web (${reserved.join(', ')}). Hãy chọn đường dẫn khác.`,
    en: `"${slug}" is used by the site itself (${reserved.join(', ')}); choose another slug.`,
    zh: `“${slug}”是网站自身使用的路径（${reserved.join(', ')}），请换一个网址别名。`,
  })[language]

export const translationExists = (language: AdminLanguage, locale: Locale): string =>
  ({
    vi: `Bản ${languageNames.vi[locale]} đã có nội dung. Sau khi sửa theo bản gốc, hãy bấm "Đánh dấu đã cập nhật".`,
    en: `The ${locale} edition already has text; use "mark up to date" after revising it.`,
    zh: `${languageNames.zh[locale]}版本已有内容；按原文修改后请点击“标记为已更新”。`,
  })[language]

export const noTranslationYet = (language: AdminLanguage, locale: Locale): string =>
  ({
    vi: `Chưa có bản ${languageNames.vi[locale]}. Hãy bắt đầu bản dịch trước.`,
    en: `There is no ${locale} edition yet; start the translation first.`,
    zh: `还没有${languageNames.zh[locale]}版本，请先开始翻译。`,
  })[language]

/** Animated images: too many frames, or too many pixels over all frames. */
export function animationTooBig(
  language: AdminLanguage,
  input: { file: string; frames: number; maxFrames: number; width: number; height: number; megapixels: number; maxMegapixels: number },
): string {
  const { file, frames, width, height, megapixels, maxMegapixels } = input
  if (frames > input.maxFrames) {
    return {
      vi: `"${file}" có ${frames} khung hình; ảnh động chỉ được tối đa ${input.maxFrames}.`,
      en: `"${file}" has ${frames} frames; an animated image may have at most ${input.maxFrames}.`,
      zh: `“${file}”有 ${frames} 帧；动图最多 ${input.maxFrames} 帧。`,
    }[language]
  }
  return {
    vi: `"${file}" có ${frames} khung hình ${width}×${height} (tổng ${megapixels} megapixel); ảnh động chỉ được tối đa ${maxMegapixels} megapixel cho mọi khung hình.`,
    en: `"${file}" has ${frames} frames of ${width}×${height} (${megapixels} megapixels in all); an animated image may have at most ${maxMegapixels} megapixels over all its frames.`,
    zh: `“${file}”有 ${frames} 帧 ${width}×${height}（共 ${megapixels} 百万像素）；动图所有帧合计最多 ${maxMegapixels} 百万像素。`,
  }[language]
}

export type SignInRefusal = 'pair' | 'address' | 'account'

/** Too many failed sign-ins: why, and when to try again. */
export function signInThrottled(language: AdminLanguage, why: SignInRefusal, waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000))
  const seconds = Math.max(1, Math.ceil(waitMs / 1000))
  const inMinutes = waitMs >= 60_000
  const reason = {
    pair: {
      vi: 'Tài khoản này đã đăng nhập sai quá nhiều lần từ địa chỉ của bạn.',
      en: 'Too many failed sign-ins for this account from your address.',
      zh: '此账户从您的地址登录失败次数过多。',
    },
    address: {
      vi: 'Địa chỉ của bạn đã đăng nhập sai quá nhiều lần.',
      en: 'Too many failed sign-ins from your address.',
      zh: '您的地址登录失败次数过多。',
    },
    account: {
      vi: 'Tài khoản này đã đăng nhập sai nhiều lần nên các lần thử bị làm chậm lại.',
      en: 'This account has had many failed sign-ins; attempts are slowed down.',
      zh: '此账户登录失败次数较多，登录尝试已被放慢。',
    },
  }[why][language]
  const when = {
    vi: inMinutes ? `${minutes} phút` : `${seconds} giây`,
    en: inMinutes ? `${minutes} minute${minutes > 1 ? 's' : ''}` : `${seconds} second${seconds > 1 ? 's' : ''}`,
    zh: inMinutes ? `${minutes} 分钟` : `${seconds} 秒`,
  }[language]
  return { vi: `${reason} Hãy thử lại sau ${when}.`, en: `${reason} Try again in ${when}.`, zh: `${reason}请在 ${when}后重试。` }[language]
}

export const placementExists = (language: AdminLanguage, id: number): string =>
  ({
    vi: `Đã có vị trí tin chọn cho danh sách và phạm vi này (#${id}). Hãy sửa vị trí đó.`,
    en: `A placement for this list and scope already exists (#${id}). Edit that one.`,
    zh: `此列表和范围已有推荐位（#${id}），请编辑该推荐位。`,
  })[language]
