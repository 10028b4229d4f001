import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

export const roles = ['admin', 'editor', 'reporter', 'translator'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user'] | User | null | undefined

function roleOf(user: MaybeUser): Role | undefined {
  if (!user || user.collection !== 'users') return undefined
  return (user as User).role ?? undefined
}

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && allowed.includes(role)
}

/** Anyone who works in the newsroom (logged in to the admin). */
export const isStaffUser = (user: MaybeUser): boolean => roleOf(user) !== undefined
/** Editors and admins: the people who may publish. */
export const isEditorUser = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
export const isAdminUser = (user: MaybeUser): boolean => hasRole(user, 'admin')

export const staffOnly: Access = ({ req }) => isStaffUser(req.user)
export const editorsOnly: Access = ({ req }) => isEditorUser(req.user)
export const adminsOnly: Access = ({ req }) => isAdminUser(req.user)
export const anyone: Access = () => true

export const staffOnlyField: FieldAccess = ({ req }) => isStaffUser(req.user)
export const adminsOnlyField: FieldAccess = ({ req }) => isAdminUser(req.user)
export const editorsOnlyField: FieldAccess = ({ req }) => isEditorUser(req.user)
