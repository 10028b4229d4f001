import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Author, Section, Tag } from '@/payload-types'
import { publicRead, relationId } from './common'

/** All sections with a name in this locale, in menu order (top level first). */
export async function sectionsInMenu(payload: Payload, locale: Locale): Promise<Section[]> {
  const result = await payload.find({
    collection: 'sections',
    locale,
    ...publicRead,
    depth: 0,
    limit: 100,
    pagination: false,
    sort: 'order',
  })
  return result.docs.filter((section) => Boolean(section.name && section.slug))
}

/** A section and its subsections (a parent section lists its subsections' articles too). */
export function withSubsections(section: Pick<Section, 'id'>, menu: Pick<Section, 'id' | 'parent'>[]): number[] {
  return [section.id, ...menu.filter((other) => relationId(other.parent) === section.id).map((child) => child.id)]
}

async function bySlug<C extends 'sections' | 'tags' | 'authors'>(payload: Payload, collection: C, locale: Locale, slug: string) {
  const result = await payload.find({
    collection,
    locale,
    ...publicRead,
    depth: 1,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  return result.docs[0]
}

export const sectionBySlug = (payload: Payload, locale: Locale, slug: string) =>
  bySlug(payload, 'sections', locale, slug) as Promise<Section | undefined>
export const tagBySlug = (payload: Payload, locale: Locale, slug: string) =>
  bySlug(payload, 'tags', locale, slug) as Promise<Tag | undefined>
export const authorBySlug = (payload: Payload, locale: Locale, slug: string) =>
  bySlug(payload, 'authors', locale, slug) as Promise<Author | undefined>
