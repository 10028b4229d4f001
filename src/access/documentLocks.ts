import type { Access, Payload } from 'payload'

import { isAdminUser, isStaffUser } from './roles'

/**
 * Payload's document locks ("X is editing this") let any logged-in user delete anyone's lock, so
 * a reporter could clear an editor's lock and save over the open article. Only the holder (or an
 * admin) removes a lock; taking a document over stays Payload's own flow (an update of the lock).
 */
export const deleteOwnLocksOnly: Access = ({ req }) => {
  if (isAdminUser(req.user)) return true
  if (!isStaffUser(req.user)) return false
  return { 'user.value': { equals: req.user!.id } }
}

/** The locks collection is made by Payload itself, so its access is narrowed once Payload is up. */
export function restrictDocumentLocks(payload: Payload): void {
  const locks = payload.collections['payload-locked-documents' as keyof Payload['collections']]
  if (locks) locks.config.access.delete = deleteOwnLocksOnly
}
