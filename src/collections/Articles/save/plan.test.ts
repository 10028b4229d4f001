import { describe, expect, test } from 'vitest'

import { planSave, type PlanInput } from './plan'

const now = Date.parse('2026-12-02T10:00:00.000Z')
const base: PlanInput = {
  operation: 'update',
  locale: 'vi',
  editor: true,
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
  now,
}
const plan = (input: Partial<PlanInput>) => planSave({ ...base, ...input })
const inAnHour = new Date(now + 3_600_000).toISOString()

describe('planSave', () => {
  test('publishing makes the edition published and brings its fresh corrections along', () => {
    expect(plan({ publishing: true, freshCorrections: ['correction: ngày'] })).toMatchObject({
      plan: { from: 'draft', to: 'published', corrections: ['correction: ngày'] },
    })
    expect(plan({ freshCorrections: ['correction: ngày'] })).toMatchObject({ plan: { corrections: [] } })
  })

  test('nobody picks "published" or "unpublished" by hand', () => {
    expect(plan({ requestedState: 'published' })).toEqual({ refusal: { kind: 'field', path: 'workflowState', reason: 'use-buttons' } })
  })

  test('scheduling needs a future time and an editor', () => {
    expect(plan({ requestedState: 'scheduled' })).toEqual({ refusal: { kind: 'field', path: 'scheduledFor', reason: 'schedule-missing' } })
    expect(plan({ requestedState: 'scheduled', scheduledFor: '2020-01-01T00:00:00.000Z' })).toMatchObject({
      refusal: { reason: 'schedule-past' },
    })
    expect(plan({ requestedState: 'scheduled', scheduledFor: inAnHour })).toMatchObject({
      plan: { to: 'scheduled', scheduleAt: inAnHour, cancelSchedule: false },
    })
    expect(plan({ editor: false, requestedState: 'scheduled', scheduledFor: inAnHour })).toEqual({ refusal: { kind: 'forbidden' } })
    expect(plan({ editor: false, stored: 'scheduled', requestedState: 'draft' })).toEqual({ refusal: { kind: 'forbidden' } })
  })

  test('unpublishing is for editors, and taking the article down in every language stops scheduled editions too', () => {
    expect(plan({ editor: false, unpublishing: true })).toEqual({ refusal: { kind: 'forbidden' } })
    const result = plan({
      stored: 'published',
      unpublishing: true,
      unpublishAllLocales: true,
      otherEditions: [
        { locale: 'vi', state: 'published', live: true },
        { locale: 'en', state: 'published', live: true },
        { locale: 'zh', state: 'scheduled', live: false },
      ],
    })
    expect(result).toMatchObject({
      plan: {
        to: 'unpublished',
        takedowns: [
          { locale: 'en', from: 'published', to: 'unpublished' },
          { locale: 'zh', from: 'scheduled', to: 'draft' },
        ],
      },
    })
  })

  test('a new article starts with no previous state', () => {
    expect(plan({ operation: 'create', stored: undefined })).toMatchObject({ plan: { from: null, to: 'draft' } })
  })
})
