import type { Payload, Where } from 'payload'

import { defaultRules, type PlacementKey } from '@/collections/Placements/keys'
import type { Locale } from '@/i18n/locales'
import type { Placement } from '@/payload-types'
import { cardsByIds, cardsPreferringLatest, findCards, latestCardsExcept, relationId, topUp, type Card } from './common'
import { mostRead } from './mostRead'

/** Every placement document: a handful (four lists × site-wide and a few sections). */
export async function placementDocs(payload: Payload): Promise<Placement[]> {
  const result = await payload.find({ collection: 'placements', depth: 0, limit: 200, pagination: false, overrideAccess: true })
  return result.docs
}

/** The placement that applies: the section's own when it has one, else the site-wide one. */
export function placementFor(docs: Placement[], key: PlacementKey, section?: number | null): Placement | undefined {
  const ofKey = docs.filter((doc) => doc.key === key)
  return (
    (section ? ofKey.find((doc) => relationId(doc.section) === section) : undefined) ??
    ofKey.find((doc) => relationId(doc.section) === undefined)
  )
}

/** Picks shown now in this locale, in order: not expired, and for this language (or all). */
export function activePickIds(doc: Placement | undefined, locale: Locale, now: number): number[] {
  return (doc?.picks ?? [])
    .filter((pick) => !pick.expiresAt || Date.parse(pick.expiresAt) > now)
    .filter((pick) => !pick.languages?.length || pick.languages.includes(locale))
    .map((pick) => relationId(pick.article))
    .filter((id): id is number => id !== undefined)
}

/**
 * When the set of active picks next changes, and which change was the last: a cache entry made
 * now must end at `next`, and `epoch` (the last expiry passed) keys entries so an expired pick
 * can never be served from an entry made before it expired.
 */
export function expiryWindow(docs: Placement[], now: number): { epoch: number; next: number | null } {
  let epoch = 0
  let next: number | null = null
  for (const doc of docs) {
    for (const pick of doc.picks ?? []) {
      const at = pick.expiresAt ? Date.parse(pick.expiresAt) : NaN
      if (Number.isNaN(at)) continue
      if (at <= now) epoch = Math.max(epoch, at)
      else next = next === null ? at : Math.min(next, at)
    }
  }
  return { epoch, next }
}

/** The latest in a section, or site-wide from the latest cards every list of the render shares. */
async function latestFill(
  payload: Payload,
  locale: Locale,
  inSection: Where | undefined,
  exclude: number[],
  limit: number,
): Promise<Card[]> {
  if (!inSection) return latestCardsExcept(payload, locale, exclude, limit)
  return (await findCards(payload, locale, { where: inSection, exclude, limit })).items
}

type Options = { size: number; section?: number | null; exclude?: number[]; now?: number }

async function automaticFill(
  payload: Payload,
  locale: Locale,
  doc: Placement | undefined,
  key: PlacementKey,
  limit: number,
  exclude: number[],
  now: number,
): Promise<Card[]> {
  const rule = doc?.rule ?? defaultRules[key]
  const section = relationId(doc?.section)
  const inSection: Where | undefined = section ? { section: { equals: section } } : undefined
  switch (rule) {
    case 'none':
      return []
    case 'tag': {
      const tag = relationId(doc?.ruleTag)
      if (!tag) return []
      return (
        await findCards(payload, locale, {
          where: { and: [{ tags: { contains: tag } }, ...(inSection ? [inSection] : [])] },
          exclude,
          limit,
        })
      ).items
    }
    case 'mostRead': {
      const popular = await mostRead(payload, locale, limit + exclude.length, 24, new Date(now), section)
      // A new site has counted no views yet: the latest news keeps the slots filled.
      const latest = popular.length < limit ? await latestFill(payload, locale, inSection, exclude, limit) : []
      return [...popular, ...latest]
    }
    case 'latest':
      return latestFill(payload, locale, inSection, exclude, limit)
  }
}

/**
 * One placement in one locale: the editors' active picks in their order (skipping those not
 * published here), then the automatic rule for the empty slots. Never a card twice, never one
 * of `exclude` (e.g. the top story in "featured", the article being read).
 */
export async function resolvePlacement(
  payload: Payload,
  locale: Locale,
  docs: Placement[],
  key: PlacementKey,
  options: Options,
  picked?: Map<number, Card>,
): Promise<Card[]> {
  const { size, section, exclude = [], now = Date.now() } = options
  const doc = placementFor(docs, key, section)
  const excluded = new Set(exclude)
  const ids = activePickIds(doc, locale, now)
  const pickCards = picked
    ? ids.map((id) => picked.get(id)).filter((card): card is Card => card !== undefined)
    : await cardsByIds(payload, locale, ids)
  const picks = pickCards.filter((card) => !excluded.has(card.id))
  const chosen = topUp([], picks, size)
  if (chosen.length >= size) return chosen
  const fill = await automaticFill(payload, locale, doc, key, size, [...exclude, ...chosen.map((card) => card.id)], now)
  return topUp(
    chosen,
    fill.filter((card) => !excluded.has(card.id)),
    size,
  )
}

/** The picks of several placements as cards, in one read (each placement then takes its own, in its order). */
async function pickedCards(
  payload: Payload,
  locale: Locale,
  docs: Placement[],
  keys: PlacementKey[],
  section: number | null | undefined,
  now: number,
): Promise<Map<number, Card>> {
  const ids = [...new Set(keys.flatMap((key) => activePickIds(placementFor(docs, key, section), locale, now)))]
  return new Map((await cardsPreferringLatest(payload, locale, ids)).map((card) => [card.id, card]))
}

export type HomePlacements = {
  topStory: Card | null
  featured: Card[]
  youMayBeInterested: Card[]
  recommended: Card[]
}

/** The home page's four placements; the lists beside never repeat the top story or featured. */
export async function homePlacements(
  payload: Payload,
  locale: Locale,
  sizes = { featured: 4, lists: 5 },
  now = Date.now(),
): Promise<HomePlacements> {
  const docs = await placementDocs(payload)
  const picked = await pickedCards(payload, locale, docs, ['topStory', 'featured', 'youMayBeInterested', 'recommended'], null, now)
  const topStory = (await resolvePlacement(payload, locale, docs, 'topStory', { size: 1, now }, picked))[0] ?? null
  const featured = await resolvePlacement(
    payload,
    locale,
    docs,
    'featured',
    { size: sizes.featured, exclude: topStory ? [topStory.id] : [], now },
    picked,
  )
  const onTop = [...(topStory ? [topStory.id] : []), ...featured.map((card) => card.id)]
  const [youMayBeInterested, recommended] = await Promise.all([
    resolvePlacement(payload, locale, docs, 'youMayBeInterested', { size: sizes.lists, exclude: onTop, now }, picked),
    resolvePlacement(payload, locale, docs, 'recommended', { size: sizes.lists, exclude: onTop, now }, picked),
  ])
  return { topStory, featured, youMayBeInterested, recommended }
}

export type SidebarPlacements = Pick<HomePlacements, 'youMayBeInterested' | 'recommended'>

/** The lists beside an article: its section's placements when it has them, never the article itself. */
export async function sidebarPlacements(
  payload: Payload,
  locale: Locale,
  { section, size, exclude = [] }: { section?: number | null; size: number; exclude?: number[] },
  now = Date.now(),
): Promise<SidebarPlacements> {
  const docs = await placementDocs(payload)
  const picked = await pickedCards(payload, locale, docs, ['youMayBeInterested', 'recommended'], section, now)
  const [youMayBeInterested, recommended] = await Promise.all([
    resolvePlacement(payload, locale, docs, 'youMayBeInterested', { size, section, exclude, now }, picked),
    resolvePlacement(payload, locale, docs, 'recommended', { size, section, exclude, now }, picked),
  ])
  return { youMayBeInterested, recommended }
}
