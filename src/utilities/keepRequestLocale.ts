import type { PayloadRequest } from 'payload'

/**
 * Runs Local API calls for another locale on the same request (same transaction, same user) and
 * then puts the request's locale back: Payload sets `req.locale` and `req.fallbackLocale` to the
 * call's locale and leaves them there, and the rest of the outer operation reads them.
 */
export async function keepRequestLocale<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
