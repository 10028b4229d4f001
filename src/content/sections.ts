import type { Locale } from '@/i18n/locales'
import type { Section } from '@/payload-types'
import { getPayloadClient, publicRead } from './payload'

/** Top-level sections for the header, in menu order. */
export async function navigationSections(locale: Locale): Promise<Section[]> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'sections',
    locale,
    ...publicRead,
    depth: 0,
    limit: 50,
    sort: 'order',
    where: { parent: { exists: false } },
  })
  return result.docs.filter((section) => Boolean(section.name))
}

export async function sectionBySlug(locale: Locale, slug: string): Promise<Section | undefined> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'sections',
    locale,
    ...publicRead,
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return result.docs[0]
}
