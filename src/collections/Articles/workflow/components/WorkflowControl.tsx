'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useField, useForm, useLocale, useTranslation } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useState } from 'react'

import type { User } from '@/payload-types'
import { languageOfCode, stateAfter, workflowActionLabels, workflowActions, type Language, type WorkflowAction } from '../actions'
import { isWorkflowState, workflowStateLabels } from '../states'

const text: Record<Language, { label: string; save: string; waiting: string; scheduled: string; pickTime: string }> = {
  vi: {
    label: 'Trạng thái biên tập',
    save: 'Lưu bài lần đầu (gõ tiêu đề) để gửi duyệt hoặc đăng.',
    waiting: 'Đã gửi duyệt: biên tập viên sẽ đăng hoặc trả lại.',
    scheduled: 'Đã hẹn giờ: biên tập viên có thể đăng ngay hoặc huỷ hẹn giờ.',
    pickTime: 'Chọn giờ đăng ở ô "Hẹn giờ đăng lúc" bên dưới; bài tự lưu.',
  },
  en: {
    label: 'Workflow state',
    save: 'Type a headline so the article is saved, then submit or publish it.',
    waiting: 'Submitted: an editor will publish it or send it back.',
    scheduled: 'Scheduled: an editor may publish it now or cancel the schedule.',
    pickTime: 'Pick the time in "Publish at" below; it saves by itself.',
  },
  zh: {
    label: '编辑状态',
    save: '输入标题保存文章后，即可提交或发布。',
    waiting: '已提交：编辑将发布或退回。',
    scheduled: '已定时：编辑可立即发布或取消定时。',
    pickTime: '请在下方“定时发布时间”中选择时间，文章会自动保存。',
  },
}

const isEditor = (user: User | null | undefined): boolean => user?.role === 'admin' || user?.role === 'editor'

/**
 * The workflow as buttons, in place of the state select: each person is offered only the moves
 * the save plan accepts from them (workflowActions), so no refused state can be picked. Submit,
 * send back and cancel are saved by the autosave; publishing is Payload's publish of this edition;
 * scheduling shows the "Publish at" field, and the autosave carries both once a time is typed.
 */
export function WorkflowControl({ path }: { path: string }) {
  const { value, setValue } = useField<string>({ path })
  const { user } = useAuth<User>()
  const { id, collectionSlug, setHasPublishedDoc, setUnpublishedVersionCount } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { submit } = useForm()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const language = languageOfCode(i18n.language)
  const editor = isEditor(user)
  const state = isWorkflowState(value) ? value : 'draft'

  async function run(action: WorkflowAction) {
    if (action !== 'publish') {
      // "Schedule" shows the "Publish at" field (its condition is worked out with the changed form);
      // until a time is typed the autosave says "Choose when this edition should be published".
      // Saved by the form's own autosave, which queues behind a save already under way: a save of
      // its own here could race it with an older copy and be refused as stale (409).
      setValue(stateAfter[action])
      return
    }
    setBusy(true)
    try {
      const result = await submit({
        action: formatAdminURL({
          apiRoute: config.routes.api,
          path: `/${collectionSlug}/${id}?depth=0&locale=${locale}&publishSpecificLocale=${locale}`,
        }),
        overrides: { _status: 'published' },
      })
      if (result) {
        setValue('published', true)
        setHasPublishedDoc(true)
        setUnpublishedVersionCount(0)
      }
    } finally {
      setBusy(false)
    }
  }

  const actions = workflowActions(state, editor)
  const hint = !id ? text[language].save : state === 'in_review' && !editor ? text[language].waiting : null
  return (
    <div className="field-type workflow-control" data-testid="workflow-control" data-state={state}>
      <span className="field-label">{text[language].label}</span>
      <p className="workflow-control__state" data-testid="workflow-state">
        <strong>{workflowStateLabels[state][language]}</strong>
      </p>
      {hint && <p className="field-description">{hint}</p>}
      {state === 'scheduled' && !editor && <p className="field-description">{text[language].scheduled}</p>}
      {state === 'scheduled' && editor && <p className="field-description">{text[language].pickTime}</p>}
      {id && (
        <div className="workflow-control__buttons" style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          {actions.map((action) => (
            <Button
              key={action}
              buttonStyle={action === 'publish' || action === 'submit' ? 'primary' : 'secondary'}
              size="small"
              margin={false}
              disabled={busy || (action === 'schedule' && state === 'scheduled')}
              onClick={() => void run(action)}
              id={`workflow-${action}`}
            >
              {workflowActionLabels[action][language]}
            </Button>
          ))}
        </div>
      )}
    </div>
  )
}
