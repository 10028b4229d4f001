import type { DateField } from 'payload'

import { adminDateFormats } from './formats'

/**
 * Admin settings for a date-and-time (day and time: every date the newsroom types has a time) field typed and shown in the admin language's own
 * convention (./formats): Payload's date field has one display format for every language, so
 * the field and its list cell are wrapped to choose it from the admin language.
 */
export function localDateAdmin(admin: DateField['admin'] = {}): DateField['admin'] {
  return {
    ...admin,
    // The fallback wherever Payload itself shows the field (the Vietnamese convention).
    date: {
      timeIntervals: 15,
      ...admin.date,
      pickerAppearance: 'dayAndTime',
      displayFormat: adminDateFormats.vi.shown,
      timeFormat: 'HH:mm',
    },
    components: {
      ...admin.components,
      Field: '@/admin/dates/LocalDateTimeField#LocalDateTimeField',
      Cell: '@/admin/dates/LocalDateCell#LocalDateCell',
    },
  }
}
