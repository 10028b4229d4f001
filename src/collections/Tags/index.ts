import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly, staffOnly } from '@/access/roles'
import { invalidateOnChange, invalidateOnDelete } from '@/cache/hooks'
import { slugField } from '@/fields/slug'
import { fillSlugFromName } from '@/hooks/fillSlugFromName'
import { fillFoldedName, foldedNameField, searchFoldedName } from './foldedName'

export const Tags: CollectionConfig = {
  slug: 'tags',
  labels: {
    singular: { vi: 'Thẻ', en: 'Tag', zh: '标签' },
    plural: { vi: 'Thẻ', en: 'Tags', zh: '标签' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug'],
    group: { vi: 'Phân loại', en: 'Taxonomy', zh: '分类' },
  },
  // Reporters tag their own stories, so they may create tags; renaming or deleting is editorial.
  access: { read: anyone, create: staffOnly, update: editorsOnly, delete: editorsOnly },
  hooks: {
    beforeOperation: [searchFoldedName],
    beforeChange: [fillFoldedName],
    beforeValidate: [fillSlugFromName],
    afterChange: [invalidateOnChange({ collection: 'tags' })],
    afterDelete: [invalidateOnDelete({ collection: 'tags' })],
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { vi: 'Tên', en: 'Name', zh: '名称' } },
    slugField(),
    foldedNameField,
  ],
}
