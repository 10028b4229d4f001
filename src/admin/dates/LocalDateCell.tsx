'use client'

import { useTranslation } from '@payloadcms/ui'
import { formatDate } from '@payloadcms/ui/shared'
import type { DefaultCellComponentProps } from 'payload'

import { adminDateFormat } from './formats'

/** A date in the admin's lists, written as the admin language writes dates (see ./formats). */
export function LocalDateCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  if (typeof cellData !== 'string' || !cellData) return null
  return <time dateTime={cellData}>{formatDate({ date: cellData, i18n, pattern: adminDateFormat(i18n.language).shown })}</time>
}
