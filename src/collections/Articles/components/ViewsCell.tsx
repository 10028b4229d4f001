'use client'

import { useConfig } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useEffect, useState } from 'react'

import { parseDocId } from '@/utilities/docId'

import { loadViewFigures, type ViewFigures } from './viewCounts'

/** The admin list's "Views" column: 24 h / 7 d, all languages together. */
export function ViewsCell({ rowData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const [figures, setFigures] = useState<ViewFigures | undefined>()
  const id = parseDocId(rowData?.id)
  useEffect(() => {
    if (id === undefined) return
    let live = true
    void loadViewFigures(`${config.serverURL ?? ''}${config.routes.api}`, id).then((found) => live && setFigures(found))
    return () => {
      live = false
    }
  }, [config.routes.api, config.serverURL, id])
  return (
    <span className="article-views-cell" data-article-views={id}>
      {figures ? `${figures.day.toLocaleString()} / ${figures.week.toLocaleString()}` : '…'}
    </span>
  )
}
