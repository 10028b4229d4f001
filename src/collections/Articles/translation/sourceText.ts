import { APIError, type PayloadRequest } from 'payload'

import { ruleMessages } from '@/errors/messages'
import { say } from '@/errors/refuse'
import { defaultLocale, type TranslationLocale } from '@/i18n/locales'
import type { Article, Media } from '@/payload-types'
import type { DocId } from '@/utilities/docId'
import { photosOf } from '../fields/photos'
import { changedFields, fingerprintOf, type Fingerprint, type TranslatedField } from './desk'
import { compareParagraphs, compareText, paragraphsOf, type SourceSegment } from './sideBySide'

export type SourceText = {
  source: typeof defaultLocale
  /** Source fields changed since the edition was last brought up to date (empty when it is current or untracked). */
  outdated: TranslatedField[]
  /** False when an outdated field's earlier text is no longer among the kept versions: no diff to show. */
  earlierTextKept: boolean
  segments: SourceSegment[]
}

type SourceEdition = Pick<Article, TranslatedField | 'heroImage'>

/**
 * For each outdated field, the source's text when the translation was last brought up to date:
 * the newest kept version whose fingerprint of that field matches the one stored at the time.
 */
async function earlierSource(req: PayloadRequest, id: DocId, synced: Fingerprint, fields: TranslatedField[]) {
  const earlier: Partial<SourceEdition> = {}
  if (fields.length === 0) return earlier
  const versions = await req.payload.findVersions({
    collection: 'articles',
    where: { parent: { equals: id } },
    locale: defaultLocale,
    fallbackLocale: false,
    sort: '-updatedAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  for (const field of fields) {
    const match = versions.docs.find((version) => fingerprintOf({ [field]: version.version[field] })[field] === synced[field])
    if (match) Object.assign(earlier, { [field]: match.version[field] })
  }
  return earlier
}

async function photoSegments(req: PayloadRequest, edition: SourceEdition): Promise<SourceSegment[]> {
  const ids = photosOf(edition)
  if (ids.length === 0) return []
  const photos = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    locale: defaultLocale,
    fallbackLocale: false,
    depth: 0,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    select: { alt: true, caption: true },
  })
  const byId = new Map(photos.docs.map((photo: Pick<Media, 'id' | 'alt' | 'caption'>) => [photo.id, photo]))
  return ids.flatMap((photoId) => {
    const photo = byId.get(photoId)
    if (!photo) return []
    return [
      { field: 'caption' as const, text: photo.caption ?? '', photo: photoId },
      { field: 'alt' as const, text: photo.alt ?? '', photo: photoId },
    ]
  })
}

/** The source (Vietnamese) edition as the translator of `target` reads it, read with the user's own access. */
export async function sourceTextFor(req: PayloadRequest, id: DocId, target: TranslationLocale): Promise<SourceText> {
  const source = (await req.payload
    .findByID({
      collection: 'articles',
      id,
      locale: defaultLocale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      select: { title: true, lead: true, body: true, heroImage: true },
    })
    .catch(() => null)) as SourceEdition | null
  if (!source) throw new APIError(say(req, ruleMessages.unknownArticle), 404, null, true)
  const translation = await req.payload.findByID({
    collection: 'articles',
    id,
    locale: target,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess: true,
    select: { title: true, sourceFingerprint: true },
  })
  const synced = translation.sourceFingerprint as Fingerprint | null | undefined
  const tracked = Boolean(translation.title) && typeof synced === 'object' && synced !== null && !Array.isArray(synced)
  const outdated = tracked ? changedFields(fingerprintOf(source), synced as Fingerprint) : []
  const earlier = tracked ? await earlierSource(req, id, synced as Fingerprint, outdated) : {}
  const segments: SourceSegment[] = [
    compareText('title', source.title ?? '', 'title' in earlier ? (earlier.title ?? '') : undefined),
    compareText('lead', source.lead ?? '', 'lead' in earlier ? (earlier.lead ?? '') : undefined),
    ...compareParagraphs(paragraphsOf(source.body), 'body' in earlier ? paragraphsOf(earlier.body) : undefined),
    ...(await photoSegments(req, source)),
  ]
  return { source: defaultLocale, outdated, earlierTextKept: outdated.every((field) => field in earlier), segments }
}
