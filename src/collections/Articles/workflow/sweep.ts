import type { Payload, TaskConfig } from 'payload'

import { locales, type Locale } from '@/i18n/locales'

/** A schedule's own job normally publishes on time; the sweep waits this long before stepping in. */
export const sweepGraceMs = 60_000
export const sweepNote = 'Published by the missed-schedule sweep'

export type SweptEdition = { id: number; locale: Locale; error?: string }

/**
 * Publishes every edition still marked "scheduled" whose time has passed by more than the grace
 * period: the server was down, the job failed or was lost. Each edition is published on its own,
 * so one that cannot be published (a photo without credit) does not hold the others back.
 */
export async function publishMissedSchedules(payload: Payload, now = new Date()): Promise<SweptEdition[]> {
  const cutoff = new Date(now.getTime() - sweepGraceMs).toISOString()
  const swept: SweptEdition[] = []
  for (const locale of locales) {
    const due = await payload.find({
      collection: 'articles',
      locale,
      draft: true,
      overrideAccess: true,
      depth: 0,
      limit: 100,
      pagination: false,
      select: { workflowState: true, scheduledFor: true },
      where: { and: [{ workflowState: { equals: 'scheduled' } }, { scheduledFor: { less_than_equal: cutoff } }] },
    })
    for (const doc of due.docs) {
      try {
        await payload.update({
          collection: 'articles',
          id: doc.id,
          locale,
          data: { _status: 'published' },
          publishSpecificLocale: locale,
          overrideAccess: true,
          depth: 0,
          context: { workflowNote: sweepNote },
        })
        swept.push({ id: doc.id, locale })
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        payload.logger.error({ msg: `Missed schedule: article ${doc.id} (${locale}) could not be published: ${message}` })
        swept.push({ id: doc.id, locale, error: message })
      }
    }
  }
  return swept
}

export const publishMissedSchedulesTask: TaskConfig<'publishMissedSchedules'> = {
  slug: 'publishMissedSchedules',
  label: 'Publish missed schedules',
  // Queued every minute by the app's own job runner (jobs.autoRun handles schedules too).
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  retries: 0,
  outputSchema: [
    { name: 'published', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  handler: async ({ req }) => {
    const swept = await publishMissedSchedules(req.payload)
    return { output: { published: swept.filter((s) => !s.error).length, failed: swept.filter((s) => s.error).length } }
  },
}
