import { isolateObjectProperty, type PayloadRequest } from 'payload'

/**
 * The request to give a Local API call made inside a hook: the same user and transaction, but its
 * own locale, fallback locale and context. Payload points those at the call's own on whatever
 * request it is given and leaves them there; on the hook's request that would change the locale
 * the rest of the save runs in, and in a bulk edit (Payload saves the documents in parallel on one
 * request) the locale of the other documents' saves too.
 */
export function nestedRequest(req: PayloadRequest): PayloadRequest {
  return isolateObjectProperty(req, ['locale', 'fallbackLocale', 'context'])
}
