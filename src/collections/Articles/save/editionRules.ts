import type { Locale } from '@/i18n/locales'
import { sameValue } from './sharedFields'

/** Who saved an edition last, and when: stamped by every save of that edition. */
export type EditionEdit = { at: string; by: number | string | null; name: string }

export type SharedFieldRole = 'editor' | 'reporter' | 'translator' | 'system'

export type SharedFieldInput = {
  /** The edition being saved, and the article's source edition. */
  locale: Locale
  sourceLocale: Locale
  role: SharedFieldRole
  sharedNames: string[]
  /** What the request sends. */
  incoming: Record<string, unknown>
  /** The copy the sender started from (the version current at its `updatedAt`), when known. */
  base: Record<string, unknown> | null
  /** What is stored now (the latest version). */
  current: Record<string, unknown>
}

export type SharedFieldRefusal = { path: string; reason: 'not-source' | 'translator' }
export type SharedFieldDecision = {
  /** Shared fields the request sent without meaning to change them: they keep the stored value. */
  drop: string[]
  /** Shared fields the request would change but may not. */
  refused: SharedFieldRefusal[]
  /** Shared fields this save changes. */
  changes: string[]
}

/**
 * What a save may do to the article's shared fields (section, tags, bylines, …), Drupal's rule:
 * they change only through a save of the source edition, by someone allowed to. A field the
 * sender did not touch (it still holds the value of the copy it started from, or the stored one)
 * is left out rather than written back: a form open since before someone else's change must not
 * undo it. A field the sender did change, where it may not, is refused, never silently ignored.
 */
export function decideSharedFields(input: SharedFieldInput): SharedFieldDecision {
  const decision: SharedFieldDecision = { drop: [], refused: [], changes: [] }
  for (const name of input.sharedNames) {
    if (!(name in input.incoming)) continue
    const sent = input.incoming[name]
    const startedFrom = input.base ? input.base[name] : input.current[name]
    if (sameValue(sent, startedFrom) || sameValue(sent, input.current[name])) {
      decision.drop.push(name)
    } else if (input.locale !== input.sourceLocale) {
      decision.refused.push({ path: name, reason: 'not-source' })
    } else if (input.role === 'translator') {
      decision.refused.push({ path: name, reason: 'translator' })
    } else {
      decision.changes.push(name)
    }
  }
  return decision
}

/**
 * A save based on a copy older than the edition's last save is refused: it would write the older
 * copy over someone's newer work. `base` is the `updatedAt` the sender's copy carries; a request
 * without one (a partial API update, a system job) states no base and is not checked.
 */
export function newerEditSince(base: string | null | undefined, lastEdit: EditionEdit | null | undefined): EditionEdit | null {
  if (!base || !lastEdit?.at) return null
  const baseTime = Date.parse(base)
  const editTime = Date.parse(lastEdit.at)
  if (Number.isNaN(baseTime) || Number.isNaN(editTime)) return null
  return editTime > baseTime ? lastEdit : null
}
