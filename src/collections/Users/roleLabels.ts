import type { Role } from '@/access/roles'

export const roleLabels: Record<Role, { vi: string; en: string; zh: string }> = {
  admin: { vi: 'Quản trị viên', en: 'Administrator', zh: '管理员' },
  editor: { vi: 'Biên tập viên', en: 'Editor', zh: '编辑' },
  reporter: { vi: 'Phóng viên', en: 'Reporter', zh: '记者' },
  translator: { vi: 'Biên dịch viên', en: 'Translator', zh: '译者' },
}
