'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

import { parseDocId } from '@/utilities/docId'

import { labelsFor, useViewFigures, viewLabels } from './viewCounts'

/** The article sidebar's view figures: last 24 hours and 7 days, all languages together. */
export function ArticleViews() {
  const id = parseDocId(useDocumentInfo().id)
  const { i18n } = useTranslation()
  const labels = labelsFor(viewLabels, i18n.language)
  const figures = useViewFigures(id)
  if (id === undefined) return null
  return (
    <div className="field-type article-views" data-testid="article-views">
      <span className="field-label">{labels.title}</span>
      <p>
        {labels.day}: <strong data-views="day">{figures?.day ?? '…'}</strong> · {labels.week}:{' '}
        <strong data-views="week">{figures?.week ?? '…'}</strong>
      </p>
    </div>
  )
}
