import type { TextFieldValidation } from 'payload'

import { ruleMessages } from '@/errors/messages'
import { say } from '@/errors/refuse'

/** Only web addresses may be linked: no javascript:, data:, mailto: or relative paths. */
export function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string' || !value.trim()) return false
  try {
    const url = new URL(value.trim())
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname)
  } catch {
    return false
  }
}

/** A text field holding a web address: empty, or a full http(s):// address (message in the admin's language). */
export const validateWebAddress: TextFieldValidation = (value, { req }) =>
  !value || isWebAddress(value) ? true : say(req, ruleMessages.webAddress)
