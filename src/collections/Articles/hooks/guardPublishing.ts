import type { CollectionBeforeChangeHook } from 'payload'

import { isEditorUser } from '@/access/roles'
import { ruleMessages } from '@/errors/messages'
import { refuseForbidden, say } from '@/errors/refuse'
import type { Article } from '@/payload-types'

/**
 * Second line of defence behind the access rule: Payload can publish through query flags
 * (publishSpecificLocale / publishAllLocales) that the access function does not see as data.
 */
export const guardPublishing: CollectionBeforeChangeHook<Article> = ({ data, req }) => {
  if (!req.user) return data // Local API calls with overrideAccess (seed, jobs) run as the system.
  const query = (req.query ?? {}) as Record<string, unknown>
  const publishing = data._status === 'published' || Boolean(query.publishSpecificLocale) || query.publishAllLocales === 'true'
  if (publishing && !isEditorUser(req.user)) {
    refuseForbidden(req, say(req, ruleMessages.publishNeedsEditor), 'workflowState')
  }
  return data
}
