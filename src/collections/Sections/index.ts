import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly } from '@/access/roles'
import { invalidateOnChange, invalidateOnDelete } from '@/cache/hooks'
import { reservedSectionSlugs, slugField } from '@/fields/slug'
import { fillSlugFromName } from '@/hooks/fillSlugFromName'

export const Sections: CollectionConfig = {
  slug: 'sections',
  labels: {
    singular: { vi: 'Chuyên mục', en: 'Section', zh: '栏目' },
    plural: { vi: 'Chuyên mục', en: 'Sections', zh: '栏目' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'parent', 'order'],
    group: { vi: 'Phân loại', en: 'Taxonomy', zh: '分类' },
  },
  defaultSort: 'order',
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  hooks: {
    beforeValidate: [fillSlugFromName],
    afterChange: [invalidateOnChange({ collection: 'sections' })],
    afterDelete: [invalidateOnDelete({ collection: 'sections' })],
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: { vi: 'Tên', en: 'Name', zh: '名称' } },
    slugField({ reserved: reservedSectionSlugs }),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'sections',
      label: { vi: 'Chuyên mục cha', en: 'Parent section', zh: '上级栏目' },
      admin: { position: 'sidebar' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 100,
      index: true,
      label: { vi: 'Thứ tự trên menu', en: 'Menu order', zh: '菜单顺序' },
      admin: { position: 'sidebar' },
    },
  ],
}
