import type { Locale } from '@/i18n/locales'
import { isWorkflowState, type WorkflowState } from '../workflow/states'

/** Another edition that "unpublish in all locales" takes down, and what it becomes. */
export type Takedown = { locale: Locale; from: WorkflowState; to: 'unpublished' | 'draft' }

/** Everything a save of one edition does besides writing it, decided before anything is written. */
export type SavePlan = {
  locale: Locale
  from: WorkflowState | null
  to: WorkflowState
  /** When to publish the edition by itself (a newly set or moved schedule), ISO. */
  scheduleAt: string | null
  cancelSchedule: boolean
  /** Other editions this save takes down ("unpublish in all locales"). */
  takedowns: Takedown[]
  /** Correction notes published with this save, one history line each. */
  corrections: string[]
  /** Shared fields this save changes (only ever a save of the source edition). */
  sharedFieldChanges: string[]
  /** The history line's note, if any. */
  note: string | null
}

export type PlanRefusal =
  | { kind: 'forbidden' }
  | { kind: 'field'; path: 'workflowState' | 'scheduledFor'; reason: 'use-buttons' | 'schedule-missing' | 'schedule-past' }

export type PlanInput = {
  operation: 'create' | 'update'
  locale: Locale
  /** May publish: an editor or admin, or the system itself. */
  editor: boolean
  /** The edition's state before this save (null for a new article). */
  stored: unknown
  /** What the save sends. */
  requestedState: unknown
  publishing: boolean
  /** A live edition taken down by this save (decided from the published copy). */
  unpublishing: boolean
  unpublishAllLocales: boolean
  scheduledFor: unknown
  previousScheduledFor: unknown
  /** The other editions, when this save takes the article down in every language. */
  otherEditions: { locale: Locale; state: unknown; live: boolean }[]
  freshCorrections: string[]
  sharedFieldChanges: string[]
  note: string | null
  now: number
}

const time = (value: unknown): number | null => {
  if (typeof value !== 'string' || !value) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : ms
}

/**
 * Pure: what a save of one edition means for the newsroom's workflow. `workflowState` stays true
 * to what happens: publishing makes the edition "published", unpublishing "unpublished"; a
 * person may pick "draft" or "in review" (anyone) or "scheduled" (editors). Reporters and
 * translators may not schedule, move or cancel a schedule, or unpublish.
 */
export function planSave(input: PlanInput): { plan: SavePlan } | { refusal: PlanRefusal } {
  const previous: WorkflowState | null = isWorkflowState(input.stored) ? input.stored : input.operation === 'create' ? null : 'draft'
  if ((input.unpublishing || input.unpublishAllLocales) && !input.editor) return { refusal: { kind: 'forbidden' } }

  let next: WorkflowState
  if (input.publishing) next = 'published'
  else if (input.unpublishing) next = 'unpublished'
  // A takedown also stops a scheduled edition from coming back on its own later.
  else if (input.unpublishAllLocales && previous === 'scheduled') next = 'draft'
  else {
    const requested = isWorkflowState(input.requestedState) ? input.requestedState : (previous ?? 'draft')
    if ((requested === 'published' || requested === 'unpublished') && requested !== previous) {
      return { refusal: { kind: 'field', path: 'workflowState', reason: 'use-buttons' } }
    }
    next = requested
  }

  const scheduleAt = time(input.scheduledFor)
  const scheduleChanged = input.scheduledFor !== undefined && scheduleAt !== time(input.previousScheduledFor)
  if (!input.editor) {
    const forbidden =
      (next === 'scheduled' && previous !== 'scheduled') ||
      (previous === 'scheduled' && next !== 'scheduled' && !input.publishing) ||
      scheduleChanged
    if (forbidden) return { refusal: { kind: 'forbidden' } }
  }
  const newlyScheduled = next === 'scheduled' && (previous !== 'scheduled' || scheduleChanged)
  if (newlyScheduled && scheduleAt === null) return { refusal: { kind: 'field', path: 'scheduledFor', reason: 'schedule-missing' } }
  if (newlyScheduled && scheduleAt !== null && scheduleAt <= input.now)
    return { refusal: { kind: 'field', path: 'scheduledFor', reason: 'schedule-past' } }

  const takedowns: Takedown[] = []
  if (input.unpublishAllLocales) {
    for (const other of input.otherEditions) {
      if (other.locale === input.locale) continue
      const from: WorkflowState = isWorkflowState(other.state) ? other.state : 'draft'
      if (other.live) takedowns.push({ locale: other.locale, from, to: 'unpublished' })
      else if (from === 'scheduled') takedowns.push({ locale: other.locale, from, to: 'draft' })
    }
  }

  return {
    plan: {
      locale: input.locale,
      from: previous,
      to: next,
      scheduleAt: newlyScheduled && scheduleAt !== null ? new Date(scheduleAt).toISOString() : null,
      cancelSchedule: previous === 'scheduled' && (next !== 'scheduled' || scheduleChanged),
      takedowns,
      corrections: input.publishing ? input.freshCorrections : [],
      sharedFieldChanges: input.sharedFieldChanges,
      note: input.note,
    },
  }
}
