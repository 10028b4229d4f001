import type { CollectionConfig } from 'payload'

import { editorsOnly } from '@/access/roles'
import { forgetPageViews } from '@/analytics/forgetViews'
import { invalidateOnChange, invalidateOnDelete, markDraftSaves } from '@/cache/hooks'
import { slugField } from '@/fields/slug'
import { articleBodyEditor } from './bodyEditor'
import { createArticles, readArticles, guardPublicReads, updateArticles } from './access'
import { guardPublishing } from './hooks/guardPublishing'
import { slugPerLocale } from './hooks/slugPerLocale'
import { stampPublicationTimes } from './hooks/stampPublicationTimes'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { vi: 'Bài viết', en: 'Article', zh: '文章' },
    plural: { vi: 'Bài viết', en: 'Articles', zh: '文章' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'lead', 'slug'],
    group: { vi: 'Nội dung', en: 'Content', zh: '内容' },
  },
  defaultSort: '-publishedAt',
  // Section lists and the newer/older widgets: one index range, already in date order.
  indexes: [{ fields: ['section', 'publishedAt'] }],
  access: {
    read: readArticles,
    create: createArticles,
    update: updateArticles,
    delete: editorsOnly,
    readVersions: ({ req }) => Boolean(req.user),
  },
  versions: {
    maxPerDoc: 50,
    drafts: {
      // Saves while typing, but not on every keystroke.
      autosave: { interval: 3000 },
      localizeStatus: true,
    },
  },
  hooks: {
    beforeOperation: [guardPublicReads, markDraftSaves],
    beforeValidate: [slugPerLocale],
    beforeChange: [guardPublishing, stampPublicationTimes],
    afterChange: [invalidateOnChange({ collection: 'articles' })],
    beforeDelete: [forgetPageViews],
    afterDelete: [invalidateOnDelete({ collection: 'articles' })],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: { vi: 'Tiêu đề', en: 'Headline', zh: '标题' },
    },
    {
      name: 'lead',
      type: 'textarea',
      localized: true,
      label: { vi: 'Sapo', en: 'Lead', zh: '导语' },
      admin: {
        description: {
          vi: 'Một đoạn in đậm tóm tắt bài. Có thể bắt đầu bằng ký hiệu hãng, VD "NDO – ".',
          en: 'One bold paragraph summing the story up. Agencies may prefix it with their mark, e.g. "NDO – ".',
          zh: '概括全文的一段加粗文字。',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      editor: articleBodyEditor,
      label: { vi: 'Nội dung', en: 'Body', zh: '正文' },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh đại diện', en: 'Hero photo', zh: '主图' },
    },
    {
      name: 'source',
      type: 'group',
      label: { vi: 'Nguồn', en: 'Source', zh: '来源' },
      admin: {
        description: {
          vi: 'Khi bài lấy từ cơ quan báo chí khác.',
          en: 'When the story is taken from another outlet.',
          zh: '转载自其他媒体时填写。',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'outlet', type: 'text', label: { vi: 'Tên cơ quan', en: 'Outlet', zh: '媒体名称' } },
            {
              name: 'url',
              type: 'text',
              label: { vi: 'Đường dẫn', en: 'URL', zh: '链接' },
              validate: (value: string | null | undefined) =>
                !value || /^https?:\/\/[^\s]+$/i.test(value) ? true : 'Enter a full http(s):// address.',
            },
          ],
        },
      ],
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      label: { vi: 'Tin liên quan', en: 'Related articles', zh: '相关文章' },
      admin: {
        description: {
          vi: 'Theo thứ tự hiển thị. Trang web tự bổ sung khi chọn ít hơn số ô.',
          en: 'In display order. The site tops the list up when fewer are chosen.',
          zh: '按显示顺序排列。',
        },
      },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    slugField({ localized: true }),
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { vi: 'Ngày xuất bản', en: 'Published at', zh: '发布时间' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'revisedAt',
      type: 'date',
      localized: true,
      label: { vi: 'Cập nhật lúc', en: 'Updated at', zh: '更新时间' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          vi: 'Tự ghi khi bản đã đăng được đăng lại.',
          en: 'Set when a published edition is published again.',
          zh: '已发布版本再次发布时自动记录。',
        },
      },
    },
    {
      name: 'section',
      type: 'relationship',
      relationTo: 'sections',
      required: true,
      index: true,
      label: { vi: 'Chuyên mục', en: 'Section', zh: '栏目' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      label: { vi: 'Thẻ', en: 'Tags', zh: '标签' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      label: { vi: 'Tác giả', en: 'Authors', zh: '作者' },
      admin: { position: 'sidebar' },
    },
  ],
}
