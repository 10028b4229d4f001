import type { CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField, isAdminUser, isStaffUser, roles } from '@/access/roles'
import { secureCookies } from '@/utilities/secureCookies'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { clearThrottleOnLogin, throttleLogins } from './loginThrottle'
import { roleLabels } from './roleLabels'
import { recordWorkingLanguage, workingLanguageField } from './workingLanguage'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Người dùng', en: 'User', zh: '用户' },
    plural: { vi: 'Người dùng', en: 'Users', zh: '用户' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { vi: 'Quản trị', en: 'Administration', zh: '管理' },
  },
  auth: {
    // Payload's lockout let anyone lock any account with five wrong passwords, and its failure
    // counter made a known e-mail slower to answer than an unknown one. Off: sign-ins are
    // throttled per address and account instead (loginThrottle.ts).
    maxLoginAttempts: 0,
    cookies: {
      secure: secureCookies(),
      sameSite: 'Lax',
    },
  },
  access: {
    // Staff see each other (bylines, locks, workflow history); the public never sees users or e-mails.
    read: ({ req }) => isStaffUser(req.user),
    create: adminsOnly,
    delete: adminsOnly,
    // Everyone may edit their own account; admins may edit anyone.
    update: ({ req }) => {
      if (isAdminUser(req.user)) return true
      if (!req.user) return false
      return { id: { equals: req.user.id } }
    },
    admin: ({ req }) => isStaffUser(req.user),
    // Payload lets any logged-in user unlock any account.
    unlock: adminsOnly,
  },
  hooks: {
    beforeOperation: [throttleLogins],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [clearThrottleOnLogin, recordWorkingLanguage],
  },
  fields: [
    {
      // Payload's own auth field, narrowed: it let a user read their own session ids, so a document
      // that populates its author (a workflow transition's "by") carried them to whoever read it.
      // Payload's login and token checks read it with overrideAccess, which field access does not limit.
      name: 'sessions',
      type: 'array',
      access: { read: () => false, create: () => false, update: () => false },
      admin: { disabled: true },
      fields: [],
    },
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { vi: 'Họ tên', en: 'Name', zh: '姓名' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'reporter',
      saveToJWT: true,
      label: { vi: 'Vai trò', en: 'Role', zh: '角色' },
      options: roles.map((role) => ({ value: role, label: roleLabels[role] })),
      access: {
        // Only admins hand out roles; nobody promotes themselves.
        create: adminsOnlyField,
        update: adminsOnlyField,
      },
    },
    workingLanguageField,
  ],
}
