import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { adminsOnlyField, editorsOnly, staffOnly } from '@/access/roles'
import { keepErrorDetails } from '@/hooks/keepErrorDetails'
import { invalidateOnChange, invalidateOnDelete } from '@/cache/hooks'
import { guardLivePhotos, updateMedia } from './access'
import { nameByContent } from './hooks/nameByContent'
import { refuseRemoteFiles } from './hooks/refuseRemoteFiles'
import { rejectUndecodableImages } from './hooks/rejectUndecodableImages'
import { requireCreditOrAgency } from './validateCredit'

/** Where uploads live on disk; git-ignored. Resolved from the working directory so bundles find it too. */
export const mediaDir = process.env.MEDIA_DIR || path.resolve(process.cwd(), 'media')

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { vi: 'Ảnh', en: 'Photo', zh: '图片' },
    plural: { vi: 'Thư viện ảnh', en: 'Photos', zh: '图片库' },
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'agency'],
    group: { vi: 'Nội dung', en: 'Content', zh: '内容' },
  },
  access: {
    // Photos are public assets once the site links to them.
    read: () => true,
    create: staffOnly,
    update: updateMedia,
    delete: editorsOnly,
  },
  hooks: {
    beforeOperation: [refuseRemoteFiles, rejectUndecodableImages, nameByContent],
    beforeChange: [guardLivePhotos],
    afterError: [keepErrorDetails],
    afterChange: [invalidateOnChange({ collection: 'media' })],
    afterDelete: [invalidateOnDelete({ collection: 'media' })],
  },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 213, formatOptions: webp },
      { name: 'card', width: 640, height: 400, formatOptions: webp },
      { name: 'hero', width: 1280, height: 720, formatOptions: webp },
      { name: 'social', width: 1200, height: 630, formatOptions: webp },
    ],
  },
  fields: [
    {
      // Who uploaded the photo: reporters and translators may change only their own (see access.ts).
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { read: ({ req }) => Boolean(req.user), create: () => false, update: adminsOnlyField },
      admin: { position: 'sidebar', readOnly: true },
      label: { vi: 'Người tải lên', en: 'Uploaded by', zh: '上传者' },
    },
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text', zh: '替代文字' },
      admin: {
        description: {
          vi: 'Mô tả nội dung ảnh cho người đọc không nhìn thấy ảnh.',
          en: 'Describe what the photo shows, for readers who cannot see it.',
          zh: '为看不到图片的读者描述图片内容。',
        },
      },
    },
    {
      name: 'caption',
      type: 'textarea',
      localized: true,
      label: { vi: 'Chú thích', en: 'Caption', zh: '图片说明' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'credit',
          type: 'text',
          label: { vi: 'Tác giả ảnh', en: 'Photographer', zh: '摄影' },
          validate: requireCreditOrAgency,
        },
        {
          name: 'agency',
          type: 'text',
          label: { vi: 'Hãng / cơ quan', en: 'Agency', zh: '机构' },
          admin: { description: { vi: 'VD: TTXVN, VNA, NDO', en: 'e.g. TTXVN, VNA, NDO', zh: '例如：越通社' } },
        },
      ],
    },
  ],
}
