import {
  Forbidden,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { isEditorUser } from '@/access/roles'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { cancelScheduledPublish, queueScheduledPublish } from '../workflow/schedule'
import { recordTransition } from '../workflow/history'
import { isWorkflowState, type WorkflowState } from '../workflow/states'

const writeModeKey = 'newsroomWriteMode'
const pendingKey = 'newsroomWorkflowPending'

type WriteMode = { draft: boolean }
type Pending = {
  locale: Locale
  from: WorkflowState | null
  to: WorkflowState
  scheduleAt: string | null
  cancelSchedule: boolean
}

/** Hooks do not see whether a write is a draft save; the operation's arguments do. */
export const noteWriteMode: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    req.context[writeModeKey] = { draft: Boolean((args as { draft?: boolean }).draft) } satisfies WriteMode
  }
  return args
}

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
    req,
  })
  return found.docs.length > 0
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
  const mode = (req.context[writeModeKey] as WriteMode | undefined) ?? { draft: false }
  const locale = isLocale(req.locale) ? req.locale : defaultLocale
  const previous: WorkflowState | null = isWorkflowState(originalDoc?.workflowState)
    ? originalDoc.workflowState
    : operation === 'create'
      ? null
      : 'draft'
  const editor = !req.user || isEditorUser(req.user) // no user: the system (seed, jobs without a user)

  const publishing = data._status === 'published'
  // Only a non-draft write of status "draft" can unpublish; autosaves skip the extra read.
  const mayUnpublish = !publishing && !mode.draft && data._status === 'draft' && operation === 'update' && Boolean(originalDoc?.id)
  const unpublishing = mayUnpublish && originalDoc ? await isEditionLive(req, originalDoc.id, locale) : false
  if (unpublishing && !editor) throw new Forbidden(req.t)

  let next: WorkflowState
  if (publishing) next = 'published'
  else if (unpublishing) next = 'unpublished'
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
  }
  req.context[pendingKey] = pending
  return { ...data, workflowState: next }
}

/** After a successful write: the history line, and the scheduled-publish job queued or cancelled. */
export const recordWorkflow: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  const pending = req.context[pendingKey] as Pending | undefined
  if (!pending) return doc
  delete req.context[pendingKey]
  if (pending.cancelSchedule) await cancelScheduledPublish(req, doc.id, pending.locale)
  if (pending.scheduleAt) await queueScheduledPublish(req, doc.id, pending.locale, pending.scheduleAt)
  if (pending.from !== pending.to) {
    const note = typeof req.context.workflowNote === 'string' ? req.context.workflowNote : undefined
    await recordTransition(req, { article: doc.id, locale: pending.locale, from: pending.from, to: pending.to, note })
  }
  return doc
}
