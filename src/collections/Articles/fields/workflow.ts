import type { Field } from 'payload'

import { staffOnlyField } from '@/access/roles'
import { localDateAdmin } from '@/admin/dates/localDate'
import { ruleMessages } from '@/errors/messages'
import { inTheFuture } from '@/errors/futureDate'
import { say } from '@/errors/refuse'
import { workflowStateLabels, workflowStates } from '../workflow/states'

/**
 * Where each edition stands in the newsroom's workflow. Localized: the Vietnamese edition can be
 * published while the English one is still in review. The save plan in ../save/ keeps it
 * true to what really happened (publish, unpublish) and refuse moves the user's role may not make.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflowState',
    type: 'select',
    localized: true,
    index: true,
    defaultValue: 'draft',
    options: workflowStates.map((value) => ({ value, label: workflowStateLabels[value] })),
    label: { vi: 'Trạng thái biên tập', en: 'Workflow state', zh: '编辑状态' },
    access: { read: staffOnlyField },
    admin: {
      position: 'sidebar',
      // Buttons per role instead of a select: nobody is offered a state they may not choose.
      components: { Field: '@/collections/Articles/workflow/components/WorkflowControl#WorkflowControl' },
    },
  },
  {
    name: 'scheduledFor',
    type: 'date',
    localized: true,
    index: true,
    label: { vi: 'Hẹn giờ đăng lúc', en: 'Publish at', zh: '定时发布时间' },
    access: { read: staffOnlyField },
    // A schedule set in the past is refused on the field (the save plan refuses it too, for every API).
    // Also in the form: "scheduled" without a time is flagged on this field while the editor works.
    validate: (value, options) => {
      const state = (options.siblingData as { workflowState?: unknown } | undefined)?.workflowState
      if (state === 'scheduled' && !value) return say(options.req, ruleMessages.scheduleMissing)
      return inTheFuture(ruleMessages.schedulePast)(value, options)
    },
    // Typed and shown as the admin language writes dates (vi: dd/MM/yyyy HH:mm), in the browser's time zone.
    admin: localDateAdmin({
      position: 'sidebar',
      date: { timeIntervals: 5 },
      condition: (_, siblingData) => siblingData?.workflowState === 'scheduled',
      description: {
        vi: 'Bản này sẽ tự đăng vào giờ này (giờ Việt Nam).',
        en: 'This edition publishes itself at this time.',
        zh: '本语言版本将在此时间自动发布。',
      },
    }),
  },
  {
    name: 'history',
    type: 'join',
    collection: 'article-transitions',
    on: 'article',
    defaultSort: '-at',
    defaultLimit: 30,
    label: { vi: 'Lịch sử biên tập', en: 'Workflow history', zh: '编辑记录' },
    access: { read: staffOnlyField },
    admin: { allowCreate: false, defaultColumns: ['at', 'locale', 'from', 'to', 'by', 'note'] },
  },
]
