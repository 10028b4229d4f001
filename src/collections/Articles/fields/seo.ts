import type { GroupField } from 'payload'

/**
 * What search engines and social networks show for an edition. Empty fields fall back to the
 * headline and the lead (src/seo/metadata.ts), so editors fill them only to say it differently.
 */
export const seoField: GroupField = {
  name: 'meta',
  type: 'group',
  label: { vi: 'SEO', en: 'SEO', zh: 'SEO' },
  admin: {
    description: {
      vi: 'Để trống để dùng tiêu đề và sapo.',
      en: 'Leave empty to use the headline and the lead.',
      zh: '留空则使用标题和导语。',
    },
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      maxLength: 110,
      label: { vi: 'Tiêu đề SEO', en: 'SEO title', zh: 'SEO 标题' },
      admin: { description: { vi: 'Nên dưới 70 ký tự.', en: 'Best under 70 characters.', zh: '建议少于 70 个字符。' } },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      label: { vi: 'Mô tả SEO', en: 'SEO description', zh: 'SEO 描述' },
      admin: { description: { vi: 'Nên dưới 160 ký tự.', en: 'Best under 160 characters.', zh: '建议少于 160 个字符。' } },
    },
  ],
}
