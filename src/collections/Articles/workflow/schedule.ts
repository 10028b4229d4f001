import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { nestedRequest } from '@/utilities/nestedRequest'

/**
 * Scheduling uses Payload's own `schedulePublish` task (enabled by `versions.drafts.schedulePublish`),
 * run by the job queue inside the app. The job publishes as the editor who scheduled it, so the
 * same access rules and hooks apply as when they press Publish.
 */
export async function queueScheduledPublish(req: PayloadRequest, id: number, locale: Locale, at: string): Promise<void> {
  const user = req.user && req.user.collection === 'users' ? { relationTo: 'users' as const, value: req.user.id } : undefined
  await req.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', locale, doc: { relationTo: 'articles', value: id }, ...(user ? { user } : {}) },
    waitUntil: new Date(at),
    req: nestedRequest(req),
  })
}

type ScheduleJobInput = { locale?: string; doc?: { relationTo?: string; value?: unknown } }

/** Removes this edition's scheduled publications that have not run yet (rescheduled or cancelled). */
export async function cancelScheduledPublish(req: PayloadRequest, id: number, locale: Locale): Promise<number> {
  const jobs = await req.payload.find({
    collection: 'payload-jobs',
    overrideAccess: true,
    depth: 0,
    limit: 100,
    pagination: false,
    where: {
      and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { processing: { equals: false } }],
    },
    req: nestedRequest(req),
  })
  const ids = jobs.docs
    .filter((job) => {
      const input = job.input as ScheduleJobInput | null
      return input?.doc?.relationTo === 'articles' && String(input.doc.value) === String(id) && input.locale === locale
    })
    .map((job) => job.id)
  if (ids.length > 0) {
    await req.payload.delete({ collection: 'payload-jobs', overrideAccess: true, where: { id: { in: ids } }, req: nestedRequest(req) })
  }
  return ids.length
}
