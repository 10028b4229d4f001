import {
  APIError,
  Forbidden,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
} from 'payload'

import { isEditorUser } from '@/access/roles'
import { defaultLocale, isLocale, locales, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { sameDocId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'
import { cancelScheduledPublish, queueScheduledPublish } from '../workflow/schedule'
import { recordTransition } from '../workflow/history'
import { isWorkflowState, type WorkflowState } from '../workflow/states'
import { writeModeOf } from '../save/writeMode'

const pendingKey = 'newsroomWorkflowPending'
/** Passed to the save that moves another edition "unpublish in all locales" took down. */
const takenDownKey = 'newsroomTakenDown'
export const takedownContextKey = takenDownKey
const takedownNote = 'Unpublished in all languages'

type Takedown = { locale: Locale; from: WorkflowState; to: 'unpublished' | 'draft' }
type TakenDown = Takedown & { id: number }

type Pending = {
  locale: Locale
  from: WorkflowState | null
  to: WorkflowState
  scheduleAt: string | null
  cancelSchedule: boolean
  /** Other editions that went down with this write ("unpublish in all locales"). */
  alsoTakenDown: Takedown[]
}

/**
 * What beforeChange decided, for afterChange, per document: a bulk edit saves several documents
 * in parallel on one request, so a single slot would hand one document's move to another.
 */
function pendingMoves(req: PayloadRequest): Map<string, Pending> {
  const existing = req.context[pendingKey]
  if (existing instanceof Map) return existing as Map<string, Pending>
  const moves = new Map<string, Pending>()
  req.context[pendingKey] = moves
  return moves
}

/** A document being created has no id before it is written; a create saves one document. */
const pendingSlot = (id: unknown): string => (id === undefined || id === null ? 'new' : String(id))

/** Is this edition live on the site right now (the published document, not the latest draft)? */
export async function isEditionLive(req: PayloadRequest, id: number, locale: Locale): Promise<boolean> {
  const found = await req.payload.find({
    collection: 'articles',
    locale,
    draft: false,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true },
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    req: nestedRequest(req),
  })
  return found.docs.length > 0
}

async function latestWorkflowState(req: PayloadRequest, id: number, locale: Locale): Promise<unknown> {
  const latest = await req.payload
    // No fallback: an edition not yet written has no state of its own, whatever the source's is.
    .findByID({ collection: 'articles', id, locale, draft: true, fallbackLocale: false, depth: 0, overrideAccess: true, select: { workflowState: true }, req: nestedRequest(req) })
    .catch(() => null)
  return latest?.workflowState
}

const time = (value: unknown): number | null => {
  if (typeof value !== 'string' || !value) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

function refuse(message: string, path = 'workflowState'): never {
  throw new ValidationError({ collection: 'articles', errors: [{ path, message }] })
}

/**
 * Keeps `workflowState` true to what happens: publishing makes the edition "published",
 * unpublishing makes it "unpublished"; a person may only pick "draft" or "in review" (anyone)
 * or "scheduled" (editors). Reporters and translators may not schedule, cancel a schedule or
 * unpublish. The transition is recorded after the write succeeds.
 */
export const applyWorkflow: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, operation, req }) => {
  const { draft, unpublishAllLocales, bulk } = writeModeOf(req)
  const locale = isLocale(req.locale) ? req.locale : defaultLocale
  const takedown = req.context[takenDownKey] as TakenDown | undefined
  if (takedown?.locale === locale && sameDocId(takedown.id, originalDoc?.id)) return { ...data, workflowState: takedown.to }
  // A bulk edit hands over the stored (published) copy; the state the staff last set is in the latest draft.
  const stored = bulk && originalDoc?.id ? await latestWorkflowState(req, originalDoc.id, locale) : originalDoc?.workflowState
  const previous: WorkflowState | null = isWorkflowState(stored) ? stored : operation === 'create' ? null : 'draft'
  const editor = !req.user || isEditorUser(req.user) // no user: the system (seed, jobs without a user)

  const publishing = data._status === 'published'
  // Only a non-draft write of status "draft" can unpublish; autosaves skip the extra read.
  const mayUnpublish = !publishing && !draft && data._status === 'draft' && operation === 'update' && Boolean(originalDoc?.id)
  const unpublishing = mayUnpublish && originalDoc ? await isEditionLive(req, originalDoc.id, locale) : false
  if ((unpublishing || unpublishAllLocales) && !editor) throw new Forbidden(req.t)
  const alsoTakenDown = unpublishAllLocales && originalDoc ? await otherEditionsToTakeDown(req, originalDoc.id, locale) : []

  let next: WorkflowState
  if (publishing) next = 'published'
  else if (unpublishing) next = 'unpublished'
  // A takedown also stops a scheduled edition from coming back on its own later.
  else if (unpublishAllLocales && previous === 'scheduled') next = 'draft'
  else {
    const requested = isWorkflowState(data.workflowState) ? data.workflowState : (previous ?? 'draft')
    if ((requested === 'published' || requested === 'unpublished') && requested !== previous) {
      refuse('Use the Publish / Unpublish buttons to change whether the edition is live; this field follows them.')
    }
    next = requested
  }

  const scheduleAt = time(data.scheduledFor)
  const scheduleChanged = data.scheduledFor !== undefined && scheduleAt !== time(originalDoc?.scheduledFor)
  if (!editor) {
    if (next === 'scheduled' && previous !== 'scheduled') throw new Forbidden(req.t)
    if (previous === 'scheduled' && next !== 'scheduled' && !publishing) throw new Forbidden(req.t)
    if (scheduleChanged) throw new Forbidden(req.t)
  }

  const newlyScheduled = next === 'scheduled' && (previous !== 'scheduled' || scheduleChanged)
  if (newlyScheduled) {
    if (scheduleAt === null) refuse('Choose when this edition should be published.', 'scheduledFor')
    if (scheduleAt <= Date.now()) refuse('The publication time must be in the future.', 'scheduledFor')
  }

  const pending: Pending = {
    locale,
    from: previous,
    to: next,
    scheduleAt: newlyScheduled && scheduleAt !== null ? new Date(scheduleAt).toISOString() : null,
    cancelSchedule: previous === 'scheduled' && (next !== 'scheduled' || scheduleChanged),
    alsoTakenDown,
  }
  pendingMoves(req).set(pendingSlot(originalDoc?.id), pending)
  return { ...data, workflowState: next }
}

/** After a successful write: the history line, and the scheduled-publish job queued or cancelled. */
export const recordWorkflow: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  const moves = pendingMoves(req)
  const slot = moves.has(String(doc.id)) ? String(doc.id) : 'new'
  const pending = moves.get(slot)
  if (!pending) return doc
  moves.delete(slot)
  if (pending.cancelSchedule) await cancelScheduledPublish(req, doc.id, pending.locale)
  if (pending.scheduleAt) await queueScheduledPublish(req, doc.id, pending.locale, pending.scheduleAt)
  if (pending.from !== pending.to) {
    const note = writeModeOf(req).unpublishAllLocales ? takedownNote : typeof req.context.workflowNote === 'string' ? req.context.workflowNote : undefined
    await recordTransition(req, { article: doc.id, locale: pending.locale, from: pending.from, to: pending.to, note })
  }
  for (const takedown of pending.alsoTakenDown) await takeDown(req, doc.id, takedown)
  return doc
}

/**
 * The other editions "unpublish in all locales" affects: live ones go down (Payload does that)
 * and must say "unpublished"; scheduled ones must not come up later on their own.
 */
async function otherEditionsToTakeDown(req: PayloadRequest, id: number, locale: Locale): Promise<Takedown[]> {
  const latest = await req.payload.findByID({ collection: 'articles', id, locale: 'all', draft: true, depth: 0, overrideAccess: true, select: { workflowState: true }, req: nestedRequest(req) })
  const states = (latest.workflowState ?? {}) as unknown as Partial<Record<Locale, unknown>>
  const takedowns: Takedown[] = []
  for (const other of locales) {
    if (other === locale) continue
    const state = states[other]
    const from: WorkflowState = isWorkflowState(state) ? state : 'draft'
    if (await isEditionLive(req, id, other)) takedowns.push({ locale: other, from, to: 'unpublished' })
    else if (from === 'scheduled') takedowns.push({ locale: other, from, to: 'draft' })
  }
  return takedowns
}

/**
 * Payload's "unpublish in all locales" writes only the edition being edited. Each other edition
 * it affects is saved here with its new state (as a draft: nothing of it goes live), its schedule
 * cancelled, and the move recorded under the same user, in the same transaction.
 */
async function takeDown(req: PayloadRequest, id: number, takedown: Takedown): Promise<void> {
  await req.payload.update({
    collection: 'articles',
    id,
    locale: takedown.locale,
    draft: true,
    overrideAccess: true,
    depth: 0,
    data: { workflowState: takedown.to },
    context: { [takenDownKey]: { ...takedown, id } satisfies TakenDown },
    req: nestedRequest(req),
  })
  if (takedown.from === 'scheduled') await cancelScheduledPublish(req, id, takedown.locale)
  await recordTransition(req, { article: id, locale: takedown.locale, from: takedown.from, to: takedown.to, note: takedownNote })
}
