import { isWorkflowState, type WorkflowState } from './states'

/** What a person can do to an edition from its workflow buttons. */
export type WorkflowAction = 'submit' | 'publish' | 'schedule' | 'sendBack' | 'cancelSchedule'

export type Language = 'vi' | 'en' | 'zh'

export const workflowActionLabels: Record<WorkflowAction, Record<Language, string>> = {
  submit: { vi: 'Gửi duyệt', en: 'Submit for review', zh: '提交审核' },
  publish: { vi: 'Đăng bản này', en: 'Publish this edition', zh: '发布此版本' },
  schedule: { vi: 'Hẹn giờ đăng', en: 'Schedule', zh: '定时发布' },
  sendBack: { vi: 'Trả lại phóng viên', en: 'Send back', zh: '退回' },
  cancelSchedule: { vi: 'Huỷ hẹn giờ', en: 'Cancel schedule', zh: '取消定时' },
}

/** The state each action (other than publishing, which is Payload's publish) puts the edition in. */
export const stateAfter: Record<Exclude<WorkflowAction, 'publish'>, WorkflowState> = {
  submit: 'in_review',
  schedule: 'scheduled',
  sendBack: 'draft',
  cancelSchedule: 'draft',
}

/**
 * Pure: the buttons offered for an edition in `state` to someone who may (editor) or may not
 * publish. Only moves the save plan accepts from that person are offered, so nobody is shown a
 * state they cannot choose.
 */
export function workflowActions(state: unknown, editor: boolean): WorkflowAction[] {
  const current: WorkflowState = isWorkflowState(state) ? state : 'draft'
  if (!editor) return current === 'in_review' || current === 'scheduled' ? [] : ['submit']
  if (current === 'scheduled') return ['publish', 'cancelSchedule']
  if (current === 'in_review') return ['publish', 'schedule', 'sendBack']
  return ['publish', 'schedule']
}

export const languageOfCode = (code: string | undefined): Language => (code === 'en' || code === 'zh' ? code : 'vi')
