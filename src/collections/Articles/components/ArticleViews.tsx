'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { parseDocId } from '@/utilities/docId'

import { labelsFor, loadViewFigures, viewLabels, type ViewFigures } from './viewCounts'

/** The article sidebar's view figures: last 24 hours and 7 days, all languages together. */
export function ArticleViews() {
  const id = parseDocId(useDocumentInfo().id)
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const labels = labelsFor(viewLabels, i18n.language)
  const [figures, setFigures] = useState<ViewFigures | undefined>()
  useEffect(() => {
    if (id === undefined) return
    let live = true
    void loadViewFigures(`${config.serverURL ?? ''}${config.routes.api}`, id).then((found) => live && setFigures(found))
    return () => {
      live = false
    }
  }, [config.routes.api, config.serverURL, id])
  if (id === undefined) return null
  return (
    <div className="field-type article-views" data-testid="article-views">
      <span className="field-label">{labels.title}</span>
      <p>
        {labels.day}: <strong data-views="day">{figures?.day ?? '…'}</strong> · {labels.week}: <strong data-views="week">{figures?.week ?? '…'}</strong>
      </p>
    </div>
  )
}
