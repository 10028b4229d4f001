import type { PayloadRequest } from 'payload'

import { isAdminUser, isEditorUser } from '@/access/roles'
import { sameSecret } from '@/utilities/sameSecret'

/**
 * The job runner is started by the app itself (jobs.autoRun), so its HTTP endpoint
 * (/api/payload-jobs/run) is for admins, or an external cron holding `Bearer $CRON_SECRET`;
 * anyone else (the public, reporters) gets 401.
 */
export function mayRunJobs({ req }: { req: PayloadRequest }): boolean {
  if (isAdminUser(req.user)) return true
  const secret = process.env.CRON_SECRET
  return Boolean(secret) && sameSecret(req.headers.get('authorization'), `Bearer ${secret}`)
}

/** Scheduling a publication is an editor's decision. */
export function mayQueueJobs({ req }: { req: PayloadRequest }): boolean {
  return isEditorUser(req.user)
}
