import type { Payload, TaskConfig } from 'payload'

import { defaultLocale, locales } from '@/i18n/locales'

/** How long an opened, untouched "Create new" page may keep its draft: long enough to still be open. */
export const untitledDraftAgeMs = 2 * 60 * 60 * 1000

type TitlesInAllLocales = { id: number; title?: Partial<Record<string, string | null>> | null }

/**
 * Payload creates an autosaved article as soon as "Create new" is opened (its document view does
 * that for every collection with autosave), so each opening nobody typed into left an untitled
 * draft in the list. Those are deleted once old enough: no headline in any language and no save
 * after the creation (one version). Anything typed, in any field, is kept.
 */
export async function forgetUntitledDrafts(payload: Payload, now = Date.now()): Promise<number[]> {
  const before = new Date(now - untitledDraftAgeMs).toISOString()
  const candidates = await payload.find({
    collection: 'articles',
    locale: defaultLocale,
    fallbackLocale: false,
    draft: true,
    overrideAccess: true,
    depth: 0,
    limit: 100,
    pagination: false,
    select: { title: true },
    where: { and: [{ createdAt: { less_than: before } }, { title: { exists: false } }] },
  })
  const forgotten: number[] = []
  for (const candidate of candidates.docs) {
    const doc = (await payload.findByID({
      collection: 'articles',
      id: candidate.id,
      locale: 'all',
      draft: true,
      overrideAccess: true,
      depth: 0,
      select: { title: true },
    })) as unknown as TitlesInAllLocales
    if (locales.some((locale) => doc.title?.[locale])) continue
    const versions = await payload.countVersions({ collection: 'articles', where: { parent: { equals: doc.id } }, overrideAccess: true })
    if (versions.totalDocs > 1) continue
    await payload.delete({ collection: 'articles', id: doc.id, overrideAccess: true })
    forgotten.push(doc.id)
  }
  return forgotten
}

export const forgetUntitledDraftsTask: TaskConfig<'forgetUntitledDrafts'> = {
  slug: 'forgetUntitledDrafts',
  label: 'Delete untitled drafts nobody typed into',
  schedule: [{ cron: '17 * * * *', queue: 'default' }],
  retries: 0,
  outputSchema: [{ name: 'deleted', type: 'number' }],
  handler: async ({ req }) => ({ output: { deleted: (await forgetUntitledDrafts(req.payload)).length } }),
}
