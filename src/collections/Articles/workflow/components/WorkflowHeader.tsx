'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import { languageOfCode } from '../actions'
import { isWorkflowState, workflowStateLabels } from '../states'

const label = { vi: 'Trạng thái', en: 'Status', zh: '状态' }

/**
 * The edition's status in the document header, read from the workflow field of the form itself,
 * so the two always agree (Payload's own draft/published status is hidden for articles: custom.scss).
 */
export function WorkflowHeader() {
  const value = useFormFields(([fields]) => fields.workflowState?.value)
  const { i18n } = useTranslation()
  const language = languageOfCode(i18n.language)
  const state = isWorkflowState(value) ? value : 'draft'
  return (
    <div className="doc-controls__list-item workflow-header" data-testid="workflow-header" data-state={state}>
      <p className="doc-controls__label">{label[language]}:&nbsp;</p>
      <p className="doc-controls__value">{workflowStateLabels[state][language]}</p>
    </div>
  )
}
