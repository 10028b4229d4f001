import type { CollectionAfterLoginHook, SelectField } from 'payload'

import { adminLanguage, type AdminLanguage } from '@/errors/refuse'

/**
 * The language a person works in, for what reaches them outside the admin (notice e-mails).
 * Payload keeps the admin's language in a browser cookie, not on the account, so it is recorded
 * here at each sign-in, and the person may change it in their account.
 */
export const workingLanguageField: SelectField = {
  name: 'language',
  type: 'select',
  // Not required: accounts made before it, and by the Local API, read as Vietnamese.
  defaultValue: 'vi',
  label: { vi: 'Ngôn ngữ làm việc', en: 'Working language', zh: '工作语言' },
  options: [
    { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese', zh: '越南语' } },
    { value: 'en', label: { vi: 'Tiếng Anh', en: 'English', zh: '英语' } },
    { value: 'zh', label: { vi: 'Tiếng Trung', en: 'Chinese', zh: '中文' } },
  ],
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Thư báo gửi bằng ngôn ngữ này. Tự cập nhật theo ngôn ngữ giao diện mỗi lần đăng nhập.',
      en: 'Notice e-mails are written in this language. Follows the admin language at each sign-in.',
      zh: '通知邮件使用此语言。每次登录时随界面语言更新。',
    },
  },
}

/** The account's working language becomes the admin language the person signed in with. */
export const recordWorkingLanguage: CollectionAfterLoginHook = async ({ req, user }) => {
  const language: AdminLanguage = adminLanguage(req)
  if ((user as { language?: string }).language === language) return user
  await req.payload.update({ collection: 'users', id: user.id, data: { language }, overrideAccess: true, depth: 0, req })
  return { ...user, language }
}

export const workingLanguageOf = (user: { language?: string | null } | null | undefined): AdminLanguage =>
  adminLanguage({ i18n: { language: user?.language ?? undefined } })
