import { cookies } from 'next/headers'
import { forbidden, notFound, unauthorized } from 'next/navigation'

/**
 * The admin's server functions (form state, lists, documents…) are reachable by anyone who posts
 * to /admin with their action id. Without a login Payload threw, and Next answered 500. Only the
 * sign-in forms (login, first user, forgot password) need one without a login: form state.
 */
const anonymousFunctions = new Set(['form-state'])

type Failure = { status?: unknown; message?: unknown }

/** Payload's refusals as the HTTP status they mean (401, 403, 404); anything else is left as is. */
function refuseAsHttp(error: unknown): never {
  const { status, message } = (error ?? {}) as Failure
  if (status === 401 || message === 'Unauthorized') unauthorized()
  if (status === 403) forbidden()
  if (status === 404 || (typeof message === 'string' && message.startsWith('Unknown Server Function'))) notFound()
  throw error
}

export async function guardServerFunction<T>(name: string, cookiePrefix: string, run: () => Promise<T>): Promise<T> {
  if (!anonymousFunctions.has(name) && !(await cookies()).get(`${cookiePrefix}-token`)) unauthorized()
  try {
    return await run()
  } catch (error) {
    refuseAsHttp(error)
  }
}
