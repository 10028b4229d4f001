import type { TextFieldValidation } from 'payload'

import { ruleMessages } from '@/errors/messages'
import { say } from '@/errors/refuse'

/** Every photo names who made it: a photographer, an agency, or both. */
export const requireCreditOrAgency: TextFieldValidation = (value, { req, siblingData }) => {
  const agency = (siblingData as { agency?: string | null }).agency
  if (value?.trim() || agency?.trim()) return true
  return say(req, ruleMessages.creditOrAgency)
}
