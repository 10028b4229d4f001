import type { AfterErrorHook } from 'payload'

type Detailed = Error & { status?: number; data?: Record<string, unknown> | null }

/**
 * The REST answer to a refused write carries what the hook said, field by field (`data.errors`:
 * path and message). Payload adds them only when the error is an instance of its own
 * ValidationError/APIError class; in the production build the hooks' copy of that class is not
 * the one the error handler checks against, so the answer lost them and said only "The following
 * fields are invalid: …". Client errors (4xx) only: a 500 stays opaque.
 */
export const keepErrorDetails: AfterErrorHook = ({ error, result }) => {
  const { status, data, name, message } = error as Detailed
  if (!result || !status || status < 400 || status >= 500 || !data || typeof data !== 'object') return
  if (result.errors?.some((entry) => 'data' in entry)) return
  return { response: { ...result, errors: [{ name, message, data }] } }
}
