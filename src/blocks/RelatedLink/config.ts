import type { Block, Validate } from 'payload'

import { isWebAddress, linksOutside } from './link'

type Language = 'vi' | 'en' | 'zh'
const messages: Record<Language, { article: string; headline: string; url: string }> = {
  vi: {
    article: 'Chọn bài viết.',
    headline: 'Nhập tiêu đề bài bên ngoài.',
    url: 'Nhập địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.',
  },
  en: {
    article: 'Choose an article.',
    headline: 'Enter the headline of the outside story.',
    url: 'Enter a full address starting with http:// or https://.',
  },
  zh: { article: '请选择文章。', headline: '请输入外部文章的标题。', url: '请输入以 http:// 或 https:// 开头的完整地址。' },
}
const say = (language: string | undefined) => messages[language === 'en' || language === 'zh' ? language : 'vi']

type Sibling = { target?: unknown }
const outside = (siblingData: unknown) => linksOutside((siblingData as Sibling | undefined)?.target)

const requireArticle: Validate = (value, { siblingData, req }) => (outside(siblingData) || value ? true : say(req.i18n?.language).article)
const requireHeadline: Validate = (value, { siblingData, req }) =>
  !outside(siblingData) || (typeof value === 'string' && value.trim()) ? true : say(req.i18n?.language).headline
const requireWebAddress: Validate = (value, { siblingData, req }) =>
  !outside(siblingData) || isWebAddress(value) ? true : say(req.i18n?.language).url

/** The ">>> Other headline" line journalists put under the lead or between paragraphs. */
export const RelatedLink: Block = {
  slug: 'relatedLink',
  interfaceName: 'RelatedLinkBlock',
  labels: {
    singular: { vi: 'Tin liên quan trong bài (>>>)', en: 'Inline related link (>>>)', zh: '文中相关链接（>>>）' },
    plural: { vi: 'Tin liên quan trong bài', en: 'Inline related links', zh: '文中相关链接' },
  },
  fields: [
    {
      name: 'target',
      type: 'radio',
      defaultValue: 'article',
      label: { vi: 'Liên kết tới', en: 'Links to', zh: '链接到' },
      options: [
        { value: 'article', label: { vi: 'Bài của toà soạn', en: 'An article of ours', zh: '本站文章' } },
        { value: 'external', label: { vi: 'Bài ở trang khác', en: 'A story on another site', zh: '其他网站的文章' } },
      ],
      admin: { layout: 'horizontal' },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      label: { vi: 'Bài viết', en: 'Article', zh: '文章' },
      validate: requireArticle,
      admin: { condition: (_, siblingData) => !outside(siblingData) },
    },
    {
      name: 'headline',
      type: 'text',
      label: { vi: 'Tiêu đề', en: 'Headline', zh: '标题' },
      validate: requireHeadline,
      admin: { condition: (_, siblingData) => outside(siblingData) },
    },
    {
      name: 'url',
      type: 'text',
      label: { vi: 'Địa chỉ (http/https)', en: 'Address (http/https)', zh: '地址（http/https）' },
      validate: requireWebAddress,
      admin: { condition: (_, siblingData) => outside(siblingData) },
    },
  ],
}
