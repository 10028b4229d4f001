import { APIError, ValidationError, type PayloadRequest } from 'payload'

/** The languages of the admin (and of every message a rule writes). */
export type AdminLanguage = 'vi' | 'en' | 'zh'
export type Localized = Record<AdminLanguage, string>

type WithLanguage = { i18n?: { language?: string } | null } | null | undefined

/** The language the person works in: the admin's (or the request's Accept-Language), Vietnamese by default. */
export function adminLanguage(req: WithLanguage): AdminLanguage {
  const language = req?.i18n?.language
  return language === 'en' || language === 'zh' ? language : 'vi'
}

/** The text in the request's admin language. */
export const say = (req: WithLanguage, text: Localized): string => text[adminLanguage(req)]

export type FieldProblem = { path: string; message: string }

/**
 * A save refused because of what is in some fields: 400, one `{ path, message }` per field (the
 * admin shows each message under its field and marks it). The answer's own message is the precise
 * text too, not Payload's "The following field is invalid: …", so the admin's notice and a REST
 * client read what to fix. Messages avoid colons: the admin's notice splits a message at the first one.
 */
export function refuseFields(req: PayloadRequest, collection: string, problems: FieldProblem[]): never {
  const error = new ValidationError({ collection, errors: problems }, req.t)
  error.message = problems.map((problem) => problem.message).join(' ')
  // Payload logs by class name (ValidationError at info); the production build shortens class names.
  error.name = 'ValidationError'
  throw error
}

/**
 * A move the person's role may not make: 403 with the reason in their language, and the field it
 * concerns (when there is one), so the admin marks it rather than saying "unknown error".
 */
export function refuseForbidden(req: PayloadRequest, message: string, path?: string): never {
  const error = new APIError(message, 403, path ? { errors: [{ path, message }] } : null, true)
  error.name = 'Forbidden'
  throw error
}

/** An endpoint's refusal as JSON, in the person's language (the admin panels show `error`). */
export const refusalResponse = (req: WithLanguage, status: number, text: Localized): Response =>
  Response.json({ error: say(req, text) }, { status })
