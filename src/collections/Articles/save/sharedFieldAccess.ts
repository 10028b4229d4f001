import type { FieldAccess } from 'payload'

import { hasRole } from '@/access/roles'
import { defaultLocale } from '@/i18n/locales'

/**
 * Shared fields are changed in the source (Vietnamese) edition, by anyone but translators: the
 * admin shows them read-only everywhere else, with their current values. A save that tries anyway
 * is refused with the field named (guardEditionWrite), not silently ignored.
 */
export const sharedFieldAccess: FieldAccess = ({ req }) => {
  if (!req.user) return true
  return req.locale === defaultLocale && !hasRole(req.user, 'translator')
}
