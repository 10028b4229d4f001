'use client'

import { useConfig } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { DocId } from '@/utilities/docId'

export type ViewFigures = { day: number; week: number }

/**
 * Collects the ids every "Views" cell of a list page asks for within one tick and fetches them
 * in one request (one grouped query on the server), instead of one request per row.
 */
let waiting: { ids: Set<number>; promise: Promise<Record<string, ViewFigures>> } | undefined

export function loadViewFigures(apiBase: string, id: number): Promise<ViewFigures | undefined> {
  if (!waiting) {
    const ids = new Set<number>()
    const promise = new Promise<Record<string, ViewFigures>>((resolve) => {
      setTimeout(() => {
        waiting = undefined
        fetch(`${apiBase}/articles/view-counts?ids=${[...ids].join(',')}`, { credentials: 'include' })
          .then((response) => (response.ok ? response.json() : {}))
          .then(resolve, () => resolve({}))
      }, 0)
    })
    waiting = { ids, promise }
  }
  waiting.ids.add(id)
  return waiting.promise.then((figures) => figures[String(id)])
}

/** The figures of one article, for a cell or the sidebar; undefined while loading or without an id. */
export function useViewFigures(id: DocId | undefined): ViewFigures | undefined {
  const { config } = useConfig()
  const [figures, setFigures] = useState<ViewFigures | undefined>()
  useEffect(() => {
    if (id === undefined) return
    let live = true
    void loadViewFigures(`${config.serverURL ?? ''}${config.routes.api}`, id).then((found) => live && setFigures(found))
    return () => {
      live = false
    }
  }, [config.routes.api, config.serverURL, id])
  return figures
}

export const viewLabels = {
  vi: { title: 'Lượt xem', day: '24 giờ', week: '7 ngày' },
  en: { title: 'Views', day: '24 h', week: '7 days' },
  zh: { title: '浏览量', day: '24小时', week: '7天' },
}

export function labelsFor<T>(table: { vi: T; en: T; zh: T }, language: string | undefined): T {
  return language === 'en' || language === 'zh' ? table[language] : table.vi
}
