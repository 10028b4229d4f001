import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { relationId, type DocId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'

/** Where each published edition of an article is read: /<locale>/<section>/<slug>. */
export type Addresses = Partial<Record<Locale, string>>

const beforeKey = 'newsroomAddressesBefore'

type EveryEdition = {
  section?: DocId | { id: DocId } | null
  slug?: Partial<Record<Locale, string | null>>
  title?: Partial<Record<Locale, string | null>>
  _status?: Partial<Record<Locale, string | null>>
}

/** The addresses readers reach the article at, as the public site computes them (published editions only). */
export async function publishedAddresses(req: PayloadRequest, id: DocId): Promise<Addresses> {
  const found = await req.payload.find({
    collection: 'articles',
    locale: 'all',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true, section: true, title: true, _status: true },
    where: { id: { equals: id } },
    req: nestedRequest(req),
  })
  const doc = found.docs[0] as unknown as EveryEdition | undefined
  const sectionId = relationId(doc?.section ?? null)
  if (!doc || sectionId === undefined) return {}
  // A section's slug is the same in every language.
  const section = await req.payload.findByID({
    collection: 'sections',
    id: sectionId,
    locale: defaultLocale,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    select: { slug: true },
    req: nestedRequest(req),
  })
  const addresses: Addresses = {}
  for (const locale of locales) {
    const slug = doc.slug?.[locale]
    if (doc._status?.[locale] === 'published' && doc.title?.[locale] && slug && section?.slug) {
      addresses[locale] = `/${locale}/${section.slug}/${slug}`
    }
  }
  return addresses
}

type Remembered = Record<string, Addresses>

/**
 * Before a save that writes what the public reads (not a draft), notes where the article's
 * published editions are now. Drafts never move an address: only publishing does.
 */
export const rememberAddresses: CollectionBeforeChangeHook<Article> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || originalDoc?.id === undefined || data._status === 'draft') return data
  const remembered = (req.context[beforeKey] ??= {}) as Remembered
  remembered[String(originalDoc.id)] = await publishedAddresses(req, originalDoc.id)
  return data
}

/** What a move from `before` to `after` asks of the redirects: old addresses to add, and which addresses moved where. */
export function addressMoves(before: Addresses, after: Addresses): { from: string; to: string }[] {
  return locales.flatMap((locale) => {
    const from = before[locale]
    const to = after[locale]
    return from && to && from !== to ? [{ from, to }] : []
  })
}

/**
 * After the save, each published edition whose address changed leaves a permanent redirect from
 * the old address to the article (the site resolves it to the current address, so there is never
 * a chain). Hand-made redirects to the old address are pointed at the new one, and a redirect from
 * an address the article now lives at (a slug changed back) is removed.
 */
export const recordOldAddresses: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  const remembered = req.context[beforeKey] as Remembered | undefined
  const before = remembered?.[String(doc.id)]
  if (!before) return doc
  delete remembered![String(doc.id)]
  const after = await publishedAddresses(req, doc.id)
  const nested = () => nestedRequest(req)
  for (const { from, to } of addressMoves(before, after)) {
    const existing = await req.payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req: nested(),
    })
    const data = { from, to: { type: 'reference' as const, reference: { relationTo: 'articles' as const, value: doc.id } } }
    if (existing.docs[0])
      await req.payload.update({ collection: 'redirects', id: existing.docs[0].id, data, overrideAccess: true, req: nested() })
    else await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req: nested() })
    await req.payload.update({
      collection: 'redirects',
      where: { and: [{ 'to.type': { equals: 'custom' } }, { 'to.url': { equals: from } }] },
      data: { to: { type: 'custom', url: to } },
      overrideAccess: true,
      req: nested(),
    })
  }
  const current = Object.values(after)
  if (current.length) {
    await req.payload.delete({ collection: 'redirects', where: { from: { in: current } }, overrideAccess: true, req: nested() })
  }
  return doc
}
