'use client'

import type { DefaultCellComponentProps } from 'payload'

import { parseDocId } from '@/utilities/docId'

import { useViewFigures } from './viewCounts'

/** The admin list's "Views" column: 24 h / 7 d, all languages together. */
export function ViewsCell({ rowData }: DefaultCellComponentProps) {
  const id = parseDocId(rowData?.id)
  const figures = useViewFigures(id)
  return (
    <span className="article-views-cell" data-article-views={id}>
      {figures ? `${figures.day.toLocaleString()} / ${figures.week.toLocaleString()}` : '…'}
    </span>
  )
}
