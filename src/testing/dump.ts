import type { Payload } from 'payload'

/**
 * Every document of every collection (all locales, drafts included), every version and every
 * global, through Payload's API: what a backup must bring back. Used to verify restores.
 */
export async function dumpNewsroom(payload: Payload): Promise<Record<string, unknown>> {
  const dump: Record<string, unknown> = {}
  for (const [slug, collection] of Object.entries(payload.collections)) {
    const common = {
      collection: slug as never,
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'id',
      showHiddenFields: true,
    } as const
    dump[slug] = (await payload.find({ ...common, locale: 'all', draft: true })).docs
    if (collection.config.versions) {
      dump[`${slug}:versions`] = (await payload.findVersions({ ...common, locale: 'all' })).docs
    }
  }
  for (const global of payload.config.globals) {
    dump[`global:${global.slug}`] = await payload.findGlobal({
      slug: global.slug as never,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      draft: true,
    })
  }
  return dump
}
