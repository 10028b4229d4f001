/** The newsroom's workflow for one edition (one locale) of an article. */
export const workflowStates = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const
export type WorkflowState = (typeof workflowStates)[number]

/** Transitions that are not a state change but are kept in the history too. */
export const historyEvents = ['correction', 'translation_started', 'translation_synced'] as const
export type HistoryEvent = (typeof historyEvents)[number]

/** States anyone on the staff may put an edition in; the rest need an editor. */
export const staffSettableStates: readonly WorkflowState[] = ['draft', 'in_review']

export const workflowStateLabels: Record<WorkflowState | HistoryEvent, { vi: string; en: string; zh: string }> = {
  draft: { vi: 'Nháp', en: 'Draft', zh: '草稿' },
  in_review: { vi: 'Chờ duyệt', en: 'In review', zh: '待审核' },
  scheduled: { vi: 'Hẹn giờ đăng', en: 'Scheduled', zh: '定时发布' },
  published: { vi: 'Đã đăng', en: 'Published', zh: '已发布' },
  unpublished: { vi: 'Đã gỡ', en: 'Unpublished', zh: '已撤下' },
  correction: { vi: 'Đính chính', en: 'Correction', zh: '更正' },
  translation_started: { vi: 'Bắt đầu dịch', en: 'Translation started', zh: '开始翻译' },
  translation_synced: { vi: 'Bản dịch đã cập nhật', en: 'Translation brought up to date', zh: '译文已更新' },
}

export function isWorkflowState(value: unknown): value is WorkflowState {
  return typeof value === 'string' && (workflowStates as readonly string[]).includes(value)
}
