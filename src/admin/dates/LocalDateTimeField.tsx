'use client'

import { DateTimeField, useTranslation } from '@payloadcms/ui'
import type { DateFieldClientProps } from 'payload'
import { useMemo } from 'react'

import { adminDateFormat } from './formats'

/**
 * Payload's date field, typed and shown as the admin language writes dates: "04/12/2026 18:00"
 * in Vietnamese is 4 December, 18:00 (in the browser's time zone, Vietnam time on the desk).
 */
export function LocalDateTimeField(props: DateFieldClientProps) {
  const { i18n } = useTranslation()
  const format = adminDateFormat(i18n.language)
  const { field } = props
  const date = field.admin?.date as { overrides?: Record<string, unknown> } | undefined
  const localField = useMemo(
    () => ({
      ...field,
      admin: {
        ...field.admin,
        placeholder: field.admin?.placeholder ?? format.placeholder,
        date: {
          ...date,
          displayFormat: format.shown,
          timeFormat: format.time,
          overrides: { ...date?.overrides, dateFormat: format.typed, timeCaption: format.timeCaption },
        },
      },
    }),
    [field, date, format],
  )
  return <DateTimeField {...props} field={localField} />
}
