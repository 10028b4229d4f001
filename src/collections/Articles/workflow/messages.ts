import type { Language } from './actions'

export type WorkflowRefusal = 'use-buttons' | 'schedule-missing' | 'schedule-past' | 'editors-only'

/** Why a workflow move was refused, in the admin's language (REST, GraphQL and the admin alike). */
export const workflowRefusalMessages: Record<WorkflowRefusal, Record<Language, string>> = {
  'use-buttons': {
    vi: 'Không chọn trực tiếp được "Đã đăng" hay "Đã gỡ": hãy dùng nút Đăng / Gỡ bài; trạng thái tự theo các nút đó.',
    en: 'Use the Publish / Unpublish buttons to change whether the edition is live; this field follows them.',
    zh: '请使用“发布/撤下”按钮改变此版本是否上线；此字段随之变化。',
  },
  'schedule-missing': {
    vi: 'Hãy chọn thời điểm đăng bản này.',
    en: 'Choose when this edition should be published.',
    zh: '请选择此版本的发布时间。',
  },
  'schedule-past': {
    vi: 'Giờ hẹn đăng phải ở tương lai.',
    en: 'The publication time must be in the future.',
    zh: '定时发布时间必须在将来。',
  },
  'editors-only': {
    vi: 'Chỉ biên tập viên mới được đăng, hẹn giờ, huỷ hẹn giờ hoặc gỡ bài. Hãy bấm "Gửi duyệt".',
    en: 'Only editors may publish, schedule, cancel a schedule or unpublish. Use "Submit for review".',
    zh: '只有编辑可以发布、定时、取消定时或撤下。请点击“提交审核”。',
  },
}
