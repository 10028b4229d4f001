import type { Field } from 'payload'

import { editorsOnlyField } from '@/access/roles'
import { localDateAdmin } from '@/admin/dates/localDate'

/**
 * Correction notes an editor attaches to a published article, shown at the end of the article.
 * Only editors may add or change them; the note's text is written per edition.
 */
export const correctionsField: Field = {
  name: 'corrections',
  type: 'array',
  label: { vi: 'Đính chính', en: 'Corrections', zh: '更正' },
  labels: {
    singular: { vi: 'Đính chính', en: 'Correction', zh: '更正' },
    plural: { vi: 'Đính chính', en: 'Corrections', zh: '更正' },
  },
  access: { create: editorsOnlyField, update: editorsOnlyField },
  admin: {
    description: {
      vi: 'Ghi chú đính chính hoặc làm rõ, hiển thị cuối bài. Đăng lại bài để bạn đọc thấy.',
      en: 'Correction or clarification notes, shown at the end of the article. Publish again for readers to see them.',
      zh: '更正或澄清说明，显示在文章末尾。重新发布后读者可见。',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'correction',
          label: { vi: 'Loại', en: 'Type', zh: '类型' },
          options: [
            { value: 'correction', label: { vi: 'Đính chính', en: 'Correction', zh: '更正' } },
            { value: 'clarification', label: { vi: 'Làm rõ', en: 'Clarification', zh: '澄清' } },
          ],
        },
        {
          name: 'date',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          label: { vi: 'Ngày', en: 'Date', zh: '日期' },
          admin: localDateAdmin(),
        },
      ],
    },
    {
      name: 'text',
      type: 'textarea',
      localized: true,
      label: { vi: 'Nội dung', en: 'Text', zh: '内容' },
    },
  ],
}
