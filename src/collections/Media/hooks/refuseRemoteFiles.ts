import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { ruleMessages } from '@/errors/messages'
import { say } from '@/errors/refuse'

/**
 * Photos are uploaded as files. Payload can also fetch a new photo from a web address given as
 * `url`; its guard refuses private addresses but answered with a 500, and a newsroom server has
 * no business fetching arbitrary addresses for a visitor's request anyway.
 */
export const refuseRemoteFiles: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' || req.payloadAPI === 'local' || req.file) return args
  // Payload strips `url` from the operation's data before this hook; the request still has it.
  const data = req.data ?? (args as { data?: unknown }).data
  const url = data && typeof data === 'object' ? (data as { url?: unknown }).url : undefined
  if (typeof url === 'string' && url.trim() !== '') {
    throw new APIError(say(req, ruleMessages.uploadAsFile), 400, null, true)
  }
  return args
}
