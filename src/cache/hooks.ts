import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
} from 'payload'

import { afterCommit } from '@/db/afterCommit'

import { invalidate } from './invalidate'
import { tagsForChange, type ContentChange } from './tags'

const draftSaveFlag = 'newsroomDraftSave'

/**
 * Saving a draft (autosave while typing) writes only a version, never what the public reads,
 * so it must not flush the site's caches every few seconds.
 */
export const markDraftSaves: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update' || operation === 'updateByID') && (args as { draft?: boolean }).draft) {
    req.context[draftSaveFlag] = true
  }
  return args
}

export function invalidateOnChange(change: ContentChange): CollectionAfterChangeHook {
  return async ({ doc, req }) => {
    // After the commit: expired inside the transaction, a reader could re-cache the old copy.
    if (!req.context[draftSaveFlag]) await afterCommit(req, () => invalidate(tagsForChange(change)))
    return doc
  }
}

export function invalidateOnDelete(change: ContentChange): CollectionAfterDeleteHook {
  return async ({ doc, req }) => {
    await afterCommit(req, () => invalidate(tagsForChange(change)))
    return doc
  }
}

export function invalidateGlobalOnChange(change: ContentChange): GlobalAfterChangeHook {
  return async ({ doc, req }) => {
    await afterCommit(req, () => invalidate(tagsForChange(change)))
    return doc
  }
}
