import type { Language } from '@/collections/Articles/workflow/actions'
import { workflowStateLabels } from '@/collections/Articles/workflow/states'
import type { InboxName } from './inboxes'

export const inboxLabels: Record<InboxName | 'translations' | 'recentlyPublished', Record<Language, string>> = {
  myDrafts: { vi: 'Bản nháp của tôi', en: 'My drafts', zh: '我的草稿' },
  // The inboxes of a workflow state are named by it (in English as a list: "Waiting for review").
  inReview: { ...workflowStateLabels.in_review, en: 'Waiting for review' },
  scheduled: workflowStateLabels.scheduled,
  revisions: { vi: 'Bản sửa của bài đã đăng', en: 'Revisions of live articles', zh: '已发布文章的修订' },
  translations: { vi: 'Bản dịch cần làm', en: 'Translations to do', zh: '待翻译' },
  recentlyPublished: { vi: 'Mới đăng (7 ngày)', en: 'Recently published (7 days)', zh: '最近发布（7天）' },
}

export const dashboardText: Record<
  Language,
  { heading: string; notices: string; noNotices: string; markRead: string; allNotices: string }
> = {
  vi: {
    heading: 'Việc của tôi',
    notices: 'Thông báo chưa đọc',
    noNotices: 'Không có thông báo mới.',
    markRead: 'Đã đọc',
    allNotices: 'Xem tất cả thông báo',
  },
  en: {
    heading: 'My desk',
    notices: 'Unread notices',
    noNotices: 'No new notices.',
    markRead: 'Mark read',
    allNotices: 'All notices',
  },
  zh: { heading: '我的工作', notices: '未读通知', noNotices: '没有新通知。', markRead: '标为已读', allNotices: '全部通知' },
}
