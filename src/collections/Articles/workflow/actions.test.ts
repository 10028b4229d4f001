import { describe, expect, test } from 'vitest'

import { planSave, type PlanInput } from '../save/plan'
import { stateAfter, workflowActions } from './actions'
import { workflowStates } from './states'

const base: PlanInput = {
  operation: 'update',
  locale: 'vi',
  editor: false,
  stored: 'draft',
  requestedState: undefined,
  publishing: false,
  unpublishing: false,
  unpublishAllLocales: false,
  scheduledFor: undefined,
  previousScheduledFor: undefined,
  otherEditions: [],
  freshCorrections: [],
  sharedFieldChanges: [],
  note: null,
  now: Date.parse('2026-12-02T10:00:00Z'),
}

describe('workflow buttons', () => {
  test('a reporter is offered only "submit for review", and not while it waits for an editor', () => {
    expect(workflowActions('draft', false)).toEqual(['submit'])
    expect(workflowActions('in_review', false)).toEqual([])
    expect(workflowActions('scheduled', false)).toEqual([])
  })

  test('an editor publishes or schedules; sends back only what is in review; cancels a schedule', () => {
    expect(workflowActions('draft', true)).toEqual(['publish', 'schedule'])
    expect(workflowActions('in_review', true)).toEqual(['publish', 'schedule', 'sendBack'])
    expect(workflowActions('scheduled', true)).toEqual(['publish', 'cancelSchedule'])
  })

  test.each(workflowStates.flatMap((state) => [false, true].map((editor) => [state, editor] as const)))(
    'every button offered in %s (editor: %s) is a move the save accepts',
    (state, editor) => {
      for (const action of workflowActions(state, editor)) {
        const input: PlanInput =
          action === 'publish'
            ? { ...base, editor, stored: state, publishing: true }
            : {
                ...base,
                editor,
                stored: state,
                requestedState: stateAfter[action],
                scheduledFor: action === 'schedule' ? '2026-12-03T10:00:00Z' : undefined,
              }
        expect(planSave(input)).toHaveProperty('plan')
      }
    },
  )
})
