import type { DefaultServerCellComponentProps } from 'payload'

import { placementName } from '../hooks/nameAfterScope'
import { placementKeys, type PlacementKey } from '../keys'

const isPlacementKey = (value: unknown): value is PlacementKey => (placementKeys as readonly unknown[]).includes(value)

/** The placement's name in the admin's language: "Tin tiêu điểm (trang chủ) · toàn trang", "头条（首页）· 全站". */
export function PlacementNameCell({ rowData, i18n, cellData }: DefaultServerCellComponentProps) {
  const row = (rowData ?? {}) as { key?: unknown; section?: unknown; title?: unknown }
  if (!isPlacementKey(row.key)) return <span>{typeof cellData === 'string' ? cellData : ''}</span>
  const lang = i18n?.language === 'en' || i18n?.language === 'zh' ? i18n.language : 'vi'
  // The stored name ends with the section's name when the placement is for one section.
  const sectionName = row.section && typeof row.title === 'string' ? row.title.split(' · ').slice(1).join(' · ') || null : null
  return <span data-testid="placement-name">{placementName(row.key, sectionName, lang)}</span>
}
