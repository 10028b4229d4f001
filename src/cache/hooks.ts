import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { afterCommit } from '@/db/afterCommit'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import { relationId } from '@/utilities/docId'
import { invalidate } from './invalidate'
import { tagsForChange, type ArticleChange, type ContentChange } from './tags'

const draftSaveFlag = 'newsroomDraftSave'
const everyEditionFlag = 'newsroomCacheEveryEdition'

const flag = (value: unknown): boolean => (typeof value === 'string' ? value === 'true' : Boolean(value))

/**
 * Saving a draft (autosave while typing) writes only a version, never what the public reads,
 * so it must not flush the site's caches every few seconds. "Publish / unpublish in all locales"
 * changes every edition through one save: its lists in every locale are refreshed.
 */
export const markDraftSaves: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    const { draft, publishAllLocales, unpublishAllLocales } = args as {
      draft?: unknown
      publishAllLocales?: unknown
      unpublishAllLocales?: unknown
    }
    if (flag(draft)) req.context[draftSaveFlag] = true
    if (flag(publishAllLocales) || flag(unpublishAllLocales)) req.context[everyEditionFlag] = true
  }
  return args
}

type Ref = number | string | { id: number | string } | null | undefined
type ArticleLike = { id: number | string; section?: Ref; tags?: Ref[] | null; authors?: Ref[] | null }

const ids = (values: Ref[] | null | undefined) =>
  (values ?? []).map((value) => relationId(value as never)).filter((id) => id !== undefined) as (number | string)[]
const sameIds = (a: Ref[] | null | undefined, b: Ref[] | null | undefined) => ids(a).join() === ids(b).join()

/**
 * Which editions a save may have changed on the site: the request's own locale, unless the save
 * changed what every edition shows (section, tags, bylines), took every edition down, or was
 * made for all locales at once.
 */
export function changedLocales(
  req: Pick<PayloadRequest, 'locale' | 'context'>,
  doc: ArticleLike,
  previous?: ArticleLike | null,
): readonly Locale[] {
  if (!isLocale(req.locale) || req.context[everyEditionFlag] || !previous) return locales
  const sharedChanged =
    relationId(doc.section as never) !== relationId(previous.section as never) ||
    !sameIds(doc.tags, previous.tags) ||
    !sameIds(doc.authors, previous.authors)
  return sharedChanged ? locales : [req.locale]
}

/** What an article's save touched: the lists it is in now and was in before. */
export function articleChange(
  req: Pick<PayloadRequest, 'locale' | 'context'>,
  doc: ArticleLike,
  previous?: ArticleLike | null,
): ArticleChange {
  const both = previous ? [doc, previous] : [doc]
  return {
    id: doc.id,
    locales: changedLocales(req, doc, previous),
    sections: both.flatMap((d) => ids([d.section])),
    tags: both.flatMap((d) => ids(d.tags)),
    authors: both.flatMap((d) => ids(d.authors)),
  }
}

function detailed(change: ContentChange, req: PayloadRequest, doc: unknown, previous?: unknown): ContentChange {
  if (!('collection' in change) || change.collection !== 'articles') return change
  const article = doc as ArticleLike | undefined
  if (article?.id === undefined) return change
  return { collection: 'articles', article: articleChange(req, article, previous as ArticleLike | undefined) }
}

export function invalidateOnChange(change: ContentChange): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    if (req.context[draftSaveFlag]) return doc
    const tags = tagsForChange(detailed(change, req, doc, previousDoc))
    // After the commit: expired inside the transaction, a reader could re-cache the old copy.
    await afterCommit(req, () => invalidate(tags))
    return doc
  }
}

export function invalidateOnDelete(change: ContentChange): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    // A deleted article leaves every locale's lists.
    req.context[everyEditionFlag] = true
    const tags = tagsForChange(detailed(change, req, doc))
    await afterCommit(req, () => invalidate(tags))
    return doc
  }
}

export function invalidateGlobalOnChange(change: ContentChange): GlobalAfterChangeHook {
  return async ({ doc, req }) => {
    await afterCommit(req, () => invalidate(tagsForChange(change)))
    return doc
  }
}
