import { APIError, type Access, type CollectionBeforeOperationHook, type Where } from 'payload'

import { isEditorUser, isStaffUser } from '@/access/roles'
import { ruleMessages } from '@/errors/messages'
import { say } from '@/errors/refuse'

/**
 * The public reads only published editions. Status is localized, so this filter is evaluated
 * in the locale of the request: an English edition still being translated stays hidden even
 * when the Vietnamese one is live.
 */
export const publishedEditionsOnly: Where = { _status: { equals: 'published' } }

export const readArticles: Access = ({ req }) => (isStaffUser(req.user) ? true : publishedEditionsOnly)

/** Payload asks this with `data._status === 'published'` to decide whether to offer "Publish". */
export const updateArticles: Access = ({ req, data }) => {
  if (!isStaffUser(req.user)) return false
  if (wantsToPublish(data) && !isEditorUser(req.user)) return false
  return true
}

export const createArticles: Access = ({ req, data }) => {
  if (!isStaffUser(req.user)) return false
  if (wantsToPublish(data) && !isEditorUser(req.user)) return false
  return true
}

function wantsToPublish(data: unknown): boolean {
  if (!data || typeof data !== 'object') return false
  const status = (data as { _status?: unknown })._status
  if (status === 'published') return true
  // With localized status, a write may carry every locale's status at once.
  return typeof status === 'object' && status !== null && Object.values(status).includes('published')
}

/**
 * What the public may ask for when reading: never `draft=true` (quietly read as published),
 * never `locale=all`, which returns every edition side by side, published or not, and never
 * another locale's text in place of a missing translation.
 */
export const guardPublicReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const options = args as { overrideAccess?: boolean; draft?: boolean }
  if (options.overrideAccess === true || isStaffUser(req.user)) return args
  if (req.locale === 'all') {
    throw new APIError(say(req, ruleMessages.allLocalesStaffOnly), 400, null, true)
  }
  req.fallbackLocale = false
  return options.draft ? { ...args, draft: false } : args
}
