'use client'

import { useRowLabel, useTranslation } from '@payloadcms/ui'

type Words = { vi: string; en: string; zh: string }

/** An array row named by one of its own fields ("Hà Nội"), else by a word in the admin's language and its number. */
export function NamedRowLabel({ nameField, fallback }: { nameField: string; fallback: Words }) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const { i18n } = useTranslation()
  const name = data?.[nameField]
  if (typeof name === 'string' && name.trim()) return <span>{name}</span>
  const lang = i18n.language === 'en' || i18n.language === 'zh' ? i18n.language : 'vi'
  return <span>{`${fallback[lang]} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}</span>
}
