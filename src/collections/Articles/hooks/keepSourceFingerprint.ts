import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'
import { translationSyncKey } from '../translation/desk'

/**
 * The fingerprint changes only through the translation desk's actions. Any other write (the
 * admin form autosaving a stale copy, an API call) keeps the stored one.
 */
export const keepSourceFingerprint: CollectionBeforeChangeHook<Article> = ({ data, originalDoc, req }) => {
  const synced = req.context[translationSyncKey]
  return { ...data, sourceFingerprint: synced ?? originalDoc?.sourceFingerprint ?? null }
}
