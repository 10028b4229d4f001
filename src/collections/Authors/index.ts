import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly, staffOnlyField } from '@/access/roles'
import { invalidateOnChange, invalidateOnDelete } from '@/cache/hooks'
import { slugField } from '@/fields/slug'
import { fillSlugFromName } from '@/hooks/fillSlugFromName'

/** Public byline profiles. Separate from users so that no login data is ever public. */
export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: {
    singular: { vi: 'Tác giả', en: 'Author', zh: '作者' },
    plural: { vi: 'Tác giả', en: 'Authors', zh: '作者' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'user'],
    group: { vi: 'Phân loại', en: 'Taxonomy', zh: '分类' },
  },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  hooks: {
    beforeValidate: [fillSlugFromName],
    afterChange: [invalidateOnChange({ collection: 'authors' })],
    afterDelete: [invalidateOnDelete({ collection: 'authors' })],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên', en: 'Name', zh: '姓名' } },
    slugField(),
    { name: 'bio', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'Bio', zh: '简介' } },
    { name: 'photo', type: 'upload', relationTo: 'media', label: { vi: 'Ảnh chân dung', en: 'Portrait', zh: '头像' } },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Tài khoản', en: 'Linked user', zh: '关联账户' },
      admin: { position: 'sidebar' },
      // Which login a byline belongs to is internal.
      access: { read: staffOnlyField },
    },
  ],
}
