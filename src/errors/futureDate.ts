import type { DateFieldValidation } from 'payload'
import { date as payloadDateValidation } from 'payload/shared'

import { say, type Localized } from './refuse'

const timeOf = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null
  const ms = new Date(value as string | Date).getTime()
  return Number.isNaN(ms) ? null : ms
}

/**
 * A date the person sets must lie ahead (an expiry, a schedule): a time already past would act at
 * once and silently (a pick dropped from the home page). Only a newly typed or changed value is
 * checked (an expiry that has passed since it was set is not refused on every later save), and
 * only when a person sets it: the system itself (imports, fixtures) may record past times.
 */
export const inTheFuture =
  (message: Localized): DateFieldValidation =>
  (value, options) => {
    const at = timeOf(value)
    if (options.req?.user && at !== null && at !== timeOf(options.previousValue) && at <= Date.now()) return say(options.req, message)
    return payloadDateValidation(value, options)
  }
