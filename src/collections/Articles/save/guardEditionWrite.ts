import { APIError, ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { hasRole, isEditorUser } from '@/access/roles'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { nestedRequest } from '@/utilities/nestedRequest'
import { decideSharedFields, newerEditSince, type EditionEdit, type SharedFieldRole } from './editionRules'
import { otherHolder } from '../holds/holds'
import { takedownContextKey } from './planSave'
import { heldMessage, languageOf, sharedFieldMessages, staleCopyMessage } from './messages'
import { writeModeOf } from './writeMode'
import { articleSharedFields, sameValue } from './sharedFields'

type Data = Partial<Article> & Record<string, unknown>

function roleOf(req: PayloadRequest): SharedFieldRole {
  if (!req.user) return 'system'
  if (isEditorUser(req.user)) return 'editor'
  return hasRole(req.user, 'translator') ? 'translator' : 'reporter'
}

function editionEditOf(doc: unknown): EditionEdit | null {
  const value = (doc as { editionEdit?: unknown } | undefined)?.editionEdit
  if (!value || typeof value !== 'object') return null
  const edit = value as Partial<EditionEdit>
  return typeof edit.at === 'string' ? { at: edit.at, by: edit.by ?? null, name: typeof edit.name === 'string' ? edit.name : '' } : null
}

function stampFor(req: PayloadRequest): EditionEdit {
  const user = req.user as { id?: number | string; name?: string | null; email?: string } | null | undefined
  return { at: new Date().toISOString(), by: user?.id ?? null, name: user?.name || user?.email || 'Newsroom' }
}

/** The article as the sender's copy had it: the newest version saved at or before `base`. */
async function copyAt(req: PayloadRequest, id: Article['id'], locale: Locale, base: string): Promise<Record<string, unknown> | null> {
  const found = await req.payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { updatedAt: { less_than_equal: base } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    locale,
    fallbackLocale: false,
    overrideAccess: true,
    req: nestedRequest(req),
  })
  return (found.docs[0]?.version as unknown as Record<string, unknown> | undefined) ?? null
}

/** Which of the fields this save sends were changed by the newer save. */
function changedSince(names: string[], copy: Record<string, unknown> | null, current: Record<string, unknown>): string[] {
  if (!copy) return []
  return names.filter((name) => !sameValue(copy[name], current[name]))
}

const comparedOnConflict = ['title', 'lead', 'body', 'slug', 'workflowState']

/**
 * The first check of every save of an article, before anything is written:
 * - a copy older than the edition's last save is refused with 409, naming who saved and what;
 * - shared fields (one value for every edition) are written only by a save of the source edition,
 *   by someone allowed to change them; fields the sender did not touch are left out of the write;
 * - the edition is stamped with who saved it and when.
 */
export const guardEditionWrite: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, operation, req }) => {
  const stamp = stampFor(req)
  const next: Data = { ...data }
  // The stamp is the server's, whatever the request sends. The document's own updatedAt gets the
  // same instant: Payload would otherwise keep the sent (older) one in the draft it saves beside a
  // published edition, and that copy would look older than its own stamp.
  next.editionEdit = stamp as unknown as Article['editionEdit']
  next.updatedAt = stamp.at
  if (operation !== 'update' || !originalDoc?.id) return next

  const locale: Locale = isLocale(req.locale) ? req.locale : defaultLocale
  const current = originalDoc as unknown as Record<string, unknown>
  const { base } = writeModeOf(req)
  const language = languageOf(req)
  let copy: Record<string, unknown> | null | undefined

  // Someone working on this edition in the admin holds it; people, not the system's own jobs, wait for them.
  if (req.payloadAPI !== 'local' && !req.context[takedownContextKey]) {
    const holder = await otherHolder(req, originalDoc.id, locale)
    if (holder)
      throw new APIError(
        heldMessage(language, { name: holder.userName, since: holder.since, locale }),
        423,
        { by: holder.userName, since: holder.since },
        true,
      )
  }

  const newer = newerEditSince(base, editionEditOf(originalDoc))
  if (newer && base) {
    copy = await copyAt(req, originalDoc.id, locale, base)
    const changed = changedSince([...comparedOnConflict, ...articleSharedFields(req.payload)], copy, current)
    throw new APIError(
      staleCopyMessage(language, { name: newer.name, at: newer.at, locale, changed }),
      409,
      { by: newer.name, at: newer.at, changed },
      true,
    )
  }

  const names = articleSharedFields(req.payload)
  // What the sender sent, not what Payload made of it: field access has already put the stored
  // value back in place of a shared field the sender may not change here (see sharedFieldAccess).
  const incoming = writeModeOf(req).sent ?? next
  const differs = names.some((name) => name in incoming && !sameValue(incoming[name], current[name]))
  if (differs && base) copy = await copyAt(req, originalDoc.id, locale, base)
  const decision = decideSharedFields({
    locale,
    sourceLocale: defaultLocale,
    role: roleOf(req),
    sharedNames: names,
    incoming,
    base: copy ?? null,
    current,
  })
  if (decision.refused.length > 0 && roleOf(req) !== 'system') {
    throw new ValidationError({
      collection: 'articles',
      errors: decision.refused.map(({ path, reason }) => ({
        path,
        message:
          reason === 'translator' ? sharedFieldMessages.translator(language) : sharedFieldMessages.notSource(language, defaultLocale),
      })),
    })
  }
  // Payload has already merged the stored values into what was not sent; untouched fields get the stored value back.
  for (const name of decision.drop) next[name] = current[name]
  return next
}
