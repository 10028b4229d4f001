import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/roles'
import { locales } from '@/i18n/locales'

/**
 * Who is working on which edition right now (one row per article and language), kept alive by the
 * editor page while it is open. Written only by the hold endpoints (../Articles/holds): nobody
 * creates, changes or deletes a hold by hand, so nobody removes someone else's.
 */
export const EditionHolds: CollectionConfig = {
  slug: 'edition-holds',
  labels: {
    singular: { vi: 'Người đang sửa', en: 'Edition hold', zh: '编辑占用' },
    plural: { vi: 'Người đang sửa', en: 'Edition holds', zh: '编辑占用' },
  },
  admin: { hidden: true },
  lockDocuments: false,
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['article', 'locale'], unique: true }],
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true },
    { name: 'locale', type: 'select', options: [...locales], required: true },
    { name: 'user', type: 'relationship', relationTo: 'users', required: true },
    { name: 'userName', type: 'text' },
    { name: 'since', type: 'date', required: true },
    { name: 'heartbeatAt', type: 'date', required: true },
  ],
}
