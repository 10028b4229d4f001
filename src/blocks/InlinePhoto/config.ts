import type { Block } from 'payload'

/** A photo inside the body. Caption and credit come from the photo itself unless overridden here. */
export const InlinePhoto: Block = {
  slug: 'inlinePhoto',
  interfaceName: 'InlinePhotoBlock',
  labels: {
    singular: { vi: 'Ảnh trong bài', en: 'Inline photo', zh: '文中图片' },
    plural: { vi: 'Ảnh trong bài', en: 'Inline photos', zh: '文中图片' },
  },
  fields: [
    { name: 'photo', type: 'upload', relationTo: 'media', required: true, label: { vi: 'Ảnh', en: 'Photo', zh: '图片' } },
    {
      name: 'caption',
      type: 'textarea',
      label: { vi: 'Chú thích riêng cho bài này', en: 'Caption for this article', zh: '本文专用说明' },
      admin: {
        description: {
          vi: 'Để trống để dùng chú thích của ảnh.',
          en: "Leave empty to use the photo's own caption.",
          zh: '留空则使用图片自带的说明。',
        },
      },
    },
  ],
}
