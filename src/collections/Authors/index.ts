import { APIError, type CollectionConfig, type FieldHook } from 'payload'

import { anyone, editorsOnly, hasRole, isEditorUser, staffOnlyField } from '@/access/roles'
import { ruleMessages } from '@/errors/messages'
import { say } from '@/errors/refuse'
import { relationId } from '@/utilities/docId'
import { invalidateOnChange, invalidateOnDelete } from '@/cache/hooks'
import { slugField } from '@/fields/slug'
import { fillSlugFromName } from '@/hooks/fillSlugFromName'

/** A reporter may link a byline to their own account only; editors link any. */
const onlyOwnAccount: FieldHook = ({ value, req, previousValue }) => {
  const id = relationId(value as number | null | undefined)
  // No user: the system itself (seed, imports, Local API), which links as it is told.
  if (id === undefined || !req.user || isEditorUser(req.user) || id === relationId(previousValue as number | null | undefined)) return value
  if (id === req.user?.id) return value
  throw new APIError(say(req, ruleMessages.bylineOwnAccount), 403, null, true)
}

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
  // Reporters add the byline names their stories need (a contributor, themselves); changing or
  // deleting a byline, which every article carrying it shows, stays editorial.
  access: { read: anyone, create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reporter'), update: editorsOnly, delete: editorsOnly },
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
      // Which login a byline belongs to is internal. A reporter may link a new byline to their own account only.
      access: { read: staffOnlyField },
      hooks: { beforeChange: [onlyOwnAccount] },
    },
  ],
}
