import type { Access, CollectionConfig } from 'payload'

import { isStaffUser } from '@/access/roles'
import { locales } from '@/i18n/locales'
import { noticeKindLabels, noticeKinds } from './kinds'
import { emailNotice } from './notify'

/** Each person sees, marks read and deletes only their own notices. */
const ownNotices: Access = ({ req }) => (isStaffUser(req.user) && req.user ? { recipient: { equals: req.user.id } } : false)

/**
 * In-app notices: an article submitted for review (to editors), sent back (to whoever submitted
 * it), a translation outdated by a change of the source (to translators). Written only by the
 * workflow's hooks (./notify.ts, with overrideAccess); shown on the dashboard.
 */
export const Notices: CollectionConfig = {
  slug: 'notices',
  labels: {
    singular: { vi: 'Thông báo', en: 'Notice', zh: '通知' },
    plural: { vi: 'Thông báo', en: 'Notices', zh: '通知' },
  },
  admin: {
    defaultColumns: ['kind', 'article', 'locale', 'by', 'createdAt', 'read'],
    group: { vi: 'Nội dung', en: 'Content', zh: '内容' },
  },
  defaultSort: '-createdAt',
  access: { read: ownNotices, update: ownNotices, delete: ownNotices, create: () => false },
  hooks: { afterChange: [emailNotice] },
  fields: [
    {
      name: 'recipient',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: { update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: noticeKinds.map((value) => ({ value, label: noticeKindLabels[value] })),
      access: { update: () => false },
      label: { vi: 'Loại', en: 'Kind', zh: '类型' },
    },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      access: { update: () => false },
      label: { vi: 'Bài viết', en: 'Article', zh: '文章' },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: [...locales],
      access: { update: () => false },
      label: { vi: 'Bản ngữ', en: 'Edition', zh: '语言版本' },
    },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      access: { update: () => false },
      label: { vi: 'Người thực hiện', en: 'By', zh: '操作人' },
      admin: { components: { Cell: '@/collections/Articles/workflow/components/TransitionByCell#TransitionByCell' } },
    },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: { vi: 'Đã đọc', en: 'Read', zh: '已读' } },
  ],
}
