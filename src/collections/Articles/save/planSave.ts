import { APIError, ValidationError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { defaultLocale, isLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { sameDocId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'
import { recordTransition } from '../workflow/history'
import { workflowRefusalMessages } from '../workflow/messages'
import { languageOf } from './messages'
import { cancelScheduledPublish, queueScheduledPublish } from '../workflow/schedule'
import { isEditionLive, latestWorkflowState, otherEditions, unpublishedCorrections } from './editions'
import { planSave, type PlanRefusal, type SavePlan, type Takedown } from './plan'
import { articleSharedFields, sameValue } from './sharedFields'
import { writeModeOf } from './writeMode'

const plansKey = 'newsroomSavePlans'
/** Marks the save that moves another edition "unpublish in all locales" took down (its own move is recorded by the takedown). */
export const takedownContextKey = 'newsroomTakenDown'
const takedownNote = 'Unpublished in all languages'

type TakenDown = Takedown & { id: Article['id'] }

/**
 * The plans decided by beforeChange, for afterChange, per document: a bulk edit saves several
 * documents in parallel on one request. The only save decision relayed between hooks.
 */
function plans(req: PayloadRequest): Map<string, SavePlan> {
  const existing = req.context[plansKey]
  if (existing instanceof Map) return existing as Map<string, SavePlan>
  const map = new Map<string, SavePlan>()
  req.context[plansKey] = map
  return map
}

/** A document being created has no id before it is written; a create saves one document. */
const slotOf = (id: unknown): string => (id === undefined || id === null ? 'new' : String(id))

/** Refusals carry their reason in the admin's language: the admin shows it on the field (or as the 403's message). */
function refuse(req: PayloadRequest, refusal: PlanRefusal): never {
  const language = languageOf(req)
  if (refusal.kind === 'forbidden') throw new APIError(workflowRefusalMessages['editors-only'][language], 403, null, true)
  throw new ValidationError({
    collection: 'articles',
    errors: [{ path: refusal.path, message: workflowRefusalMessages[refusal.reason][language] }],
  })
}

/**
 * Decides, once and before anything is written, what the save means (the pure planSave) from
 * what it needs to know (read here), refuses what may not happen, and keeps the plan for
 * carryOutSave.
 */
export const planArticleSave: CollectionBeforeChangeHook<Article> = async ({ data, originalDoc, operation, req }) => {
  const mode = writeModeOf(req)
  const locale = isLocale(req.locale) ? req.locale : defaultLocale
  const takenDown = req.context[takedownContextKey] as TakenDown | undefined
  if (takenDown?.locale === locale && sameDocId(takenDown.id, originalDoc?.id)) return { ...data, workflowState: takenDown.to }
  const id = originalDoc?.id

  // A bulk edit hands over the stored (published) copy; the state the staff last set is in the latest draft.
  const stored = mode.bulk && id ? await latestWorkflowState(req, id, locale) : originalDoc?.workflowState
  const publishing = data._status === 'published'
  // Only a live write of status "draft" can unpublish; autosaves skip the extra read.
  const mayUnpublish = !publishing && !mode.draft && data._status === 'draft' && operation === 'update' && Boolean(id)
  const names = articleSharedFields(req.payload)
  const result = planSave({
    operation: operation === 'create' ? 'create' : 'update',
    locale,
    editor: !req.user || isEditorUser(req.user),
    stored,
    requestedState: data.workflowState,
    publishing,
    unpublishing: mayUnpublish && id ? await isEditionLive(req, id, locale) : false,
    unpublishAllLocales: mode.unpublishAllLocales,
    scheduledFor: data.scheduledFor,
    previousScheduledFor: originalDoc?.scheduledFor,
    otherEditions: mode.unpublishAllLocales && id ? await otherEditions(req, id) : [],
    freshCorrections:
      publishing && id ? await unpublishedCorrections(req, id, locale, data.corrections ?? originalDoc?.corrections ?? []) : [],
    sharedFieldChanges: originalDoc
      ? names.filter((name) => name in data && !sameValue(data[name as keyof typeof data], originalDoc[name as keyof typeof originalDoc]))
      : [],
    note: mode.unpublishAllLocales ? takedownNote : typeof req.context.workflowNote === 'string' ? req.context.workflowNote : null,
    now: Date.now(),
  })
  if ('refusal' in result) refuse(req, result.refusal)
  plans(req).set(slotOf(id), result.plan)
  return { ...data, workflowState: result.plan.to }
}

/**
 * Carries the plan out after the write, in a fixed order: the schedule, the edition's history
 * line, the other editions taken down, the corrections' history lines. The caches are expired
 * after this (the collection's last afterChange hook, after the commit: expired earlier, a reader
 * could re-cache the old copy).
 */
export const carryOutSave: CollectionAfterChangeHook<Article> = async ({ doc, req }) => {
  const saved = plans(req)
  const slot = saved.has(String(doc.id)) ? String(doc.id) : 'new'
  const plan = saved.get(slot)
  saved.delete(slot)
  if (!plan) return doc
  if (plan.cancelSchedule) await cancelScheduledPublish(req, doc.id, plan.locale)
  if (plan.scheduleAt) await queueScheduledPublish(req, doc.id, plan.locale, plan.scheduleAt)
  if (plan.from !== plan.to)
    await recordTransition(req, { article: doc.id, locale: plan.locale, from: plan.from, to: plan.to, note: plan.note ?? undefined })
  for (const takedown of plan.takedowns) await takeDown(req, doc.id, takedown)
  for (const note of plan.corrections)
    await recordTransition(req, { article: doc.id, locale: plan.locale, from: null, to: 'correction', note })
  return doc
}

/**
 * Payload's "unpublish in all locales" writes only the edition being edited. Each other edition
 * it affects is saved here with its new state (as a draft: nothing of it goes live), its schedule
 * cancelled, and the move recorded under the same user, in the same transaction.
 */
async function takeDown(req: PayloadRequest, id: Article['id'], takedown: Takedown): Promise<void> {
  await req.payload.update({
    collection: 'articles',
    id,
    locale: takedown.locale,
    draft: true,
    overrideAccess: true,
    depth: 0,
    data: { workflowState: takedown.to },
    context: { [takedownContextKey]: { ...takedown, id } satisfies TakenDown },
    req: nestedRequest(req),
  })
  if (takedown.from === 'scheduled') await cancelScheduledPublish(req, id, takedown.locale)
  await recordTransition(req, { article: id, locale: takedown.locale, from: takedown.from, to: takedown.to, note: takedownNote })
}
