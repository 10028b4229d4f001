import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cardsByIds, findCards, relationId, topUp, type Card } from './common'
import { mostRead } from './mostRead'

type PickList = (number | { id: number })[] | null | undefined

function ids(list: PickList): number[] {
  return (list ?? []).map((value) => relationId(value)).filter((id): id is number => id !== undefined)
}

export type HomePlacements = {
  topStory: Card | null
  featured: Card[]
  youMayBeInterested: Card[]
  recommended: Card[]
}

/**
 * The editors' picks in this locale (picks not published here are skipped), each list topped up
 * automatically while editors have not filled it: featured and recommended with the latest news,
 * "You may be interested" with the most read.
 */
export async function homePlacements(payload: Payload, locale: Locale, sizes = { featured: 4, lists: 5 }): Promise<HomePlacements> {
  const home = await payload.findGlobal({ slug: 'home-page', depth: 0, overrideAccess: true })
  const latest = (await findCards(payload, locale, { limit: sizes.featured + sizes.lists * 2 + 1 })).items

  const topPick = relationId(home.topStory)
  const top = (topPick ? (await cardsByIds(payload, locale, [topPick]))[0] : undefined) ?? latest[0] ?? null
  const taken = top ? [top] : []

  const featured = topUp(taken, [...(await cardsByIds(payload, locale, ids(home.featured))), ...latest], sizes.featured + taken.length).slice(taken.length)
  const popular = await mostRead(payload, locale, sizes.lists)
  const youMayBeInterested = topUp([], [...(await cardsByIds(payload, locale, ids(home.youMayBeInterested))), ...popular, ...latest.slice().reverse()], sizes.lists)
  const recommended = topUp([], [...(await cardsByIds(payload, locale, ids(home.recommended))), ...latest.slice(sizes.featured + 1)], sizes.lists)

  return { topStory: top, featured, youMayBeInterested, recommended }
}
