import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { EditionHold } from '@/payload-types'
import type { DocId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'
import { decideHold, heldByOther, type Hold, type HoldDecision } from './rules'

const toHold = (row: EditionHold): Hold => ({
  userId: typeof row.user === 'object' ? row.user.id : row.user,
  userName: row.userName ?? '',
  since: row.since,
  heartbeatAt: row.heartbeatAt,
})

async function findHold(req: PayloadRequest, article: DocId, locale: Locale): Promise<EditionHold | null> {
  const found = await req.payload.find({
    collection: 'edition-holds',
    where: { and: [{ article: { equals: article } }, { locale: { equals: locale } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req: nestedRequest(req),
  })
  return found.docs[0] ?? null
}

function userOf(req: PayloadRequest): { id: number | string; name: string } {
  const user = req.user as { id: number | string; name?: string | null; email?: string }
  return { id: user.id, name: user.name || user.email || String(user.id) }
}

/** Asks for (or renews) the edition for the request's user; see decideHold. */
export async function claimEdition(req: PayloadRequest, article: DocId, locale: Locale, takeOver: boolean): Promise<HoldDecision> {
  const row = await findHold(req, article, locale)
  const decision = decideHold(row ? toHold(row) : null, userOf(req), Date.now(), takeOver)
  if (decision.kind === 'held') return decision
  const data = {
    article,
    locale,
    user: decision.hold.userId as number,
    userName: decision.hold.userName,
    since: decision.hold.since,
    heartbeatAt: decision.hold.heartbeatAt,
  }
  if (row)
    await req.payload.update({ collection: 'edition-holds', id: row.id, data, overrideAccess: true, depth: 0, req: nestedRequest(req) })
  else await req.payload.create({ collection: 'edition-holds', data, overrideAccess: true, depth: 0, req: nestedRequest(req) })
  return decision
}

/** The page closed: the edition is free at once, if it was still the request user's. */
export async function releaseEdition(req: PayloadRequest, article: DocId, locale: Locale): Promise<void> {
  const row = await findHold(req, article, locale)
  if (row && String(toHold(row).userId) === String(userOf(req).id)) {
    await req.payload.delete({ collection: 'edition-holds', id: row.id, overrideAccess: true, req: nestedRequest(req) })
  }
}

/** Someone else's live hold on the edition, which a save by the request's user must respect. */
export async function otherHolder(req: PayloadRequest, article: DocId, locale: Locale): Promise<Hold | null> {
  if (!req.user) return null
  const row = await findHold(req, article, locale)
  return heldByOther(row ? toHold(row) : null, req.user.id, Date.now())
}

/** A deleted article takes its holds with it. */
export async function forgetHolds(req: PayloadRequest, article: DocId): Promise<void> {
  await req.payload.delete({
    collection: 'edition-holds',
    where: { article: { equals: article } },
    overrideAccess: true,
    req: nestedRequest(req),
  })
}
