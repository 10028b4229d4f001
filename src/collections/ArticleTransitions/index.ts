import type { CollectionConfig } from 'payload'

import { staffOnly } from '@/access/roles'
import { localDateAdmin } from '@/admin/dates/localDate'
import { historyEvents, workflowStateLabels, workflowStates } from '@/collections/Articles/workflow/states'
import { locales } from '@/i18n/locales'
import { noticeTransition } from '@/collections/Notices/notify'

const options = [...workflowStates, ...historyEvents].map((value) => ({ value, label: workflowStateLabels[value] }))

/**
 * The history of every edition: who moved it from which state to which, and when. Written only
 * by the article hooks (with overrideAccess), so nobody can forge or erase a line of it.
 */
export const ArticleTransitions: CollectionConfig = {
  slug: 'article-transitions',
  labels: {
    singular: { vi: 'Lịch sử biên tập', en: 'Workflow history', zh: '编辑记录' },
    plural: { vi: 'Lịch sử biên tập', en: 'Workflow history', zh: '编辑记录' },
  },
  admin: {
    hidden: true,
    useAsTitle: 'to',
    defaultColumns: ['at', 'locale', 'from', 'to', 'by', 'note'],
  },
  access: { read: staffOnly, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-at',
  timestamps: false,
  // Submitting for review and sending back tell the people concerned (Notices).
  hooks: { afterChange: [noticeTransition] },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true },
    { name: 'locale', type: 'select', required: true, options: [...locales], label: { vi: 'Ngôn ngữ', en: 'Language', zh: '语言' } },
    { name: 'from', type: 'select', options, label: { vi: 'Từ', en: 'From', zh: '从' } },
    { name: 'to', type: 'select', required: true, options, label: { vi: 'Sang', en: 'To', zh: '到' } },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      label: { vi: 'Người thực hiện', en: 'By', zh: '操作人' },
      admin: { components: { Cell: '@/collections/Articles/workflow/components/TransitionByCell#TransitionByCell' } },
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Lúc', en: 'At', zh: '时间' },
      admin: localDateAdmin(),
    },
    { name: 'note', type: 'text', label: { vi: 'Ghi chú', en: 'Note', zh: '备注' } },
  ],
}
