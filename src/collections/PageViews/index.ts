import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/roles'
import { locales } from '@/i18n/locales'

/**
 * Page views counted in hourly buckets per article and locale. No IP address, cookie,
 * user agent or any other trace of the reader is stored: only the count.
 */
export const PageViews: CollectionConfig = {
  slug: 'page-views',
  labels: {
    singular: { vi: 'Lượt xem', en: 'Page views', zh: '浏览量' },
    plural: { vi: 'Lượt xem', en: 'Page views', zh: '浏览量' },
  },
  admin: {
    hidden: true,
    defaultColumns: ['article', 'locale', 'hour', 'views'],
  },
  // Written only by the counter (with overrideAccess); staff may read the figures.
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  timestamps: false,
  fields: [
    // article:locale:hour, one row per bucket.
    { name: 'bucket', type: 'text', required: true, unique: true, index: true },
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true },
    { name: 'locale', type: 'select', required: true, index: true, options: [...locales] },
    { name: 'hour', type: 'date', required: true, index: true },
    { name: 'views', type: 'number', required: true, defaultValue: 0 },
  ],
}
