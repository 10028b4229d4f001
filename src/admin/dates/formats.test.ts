import { format } from 'date-fns'
import { enUS, vi, zhCN } from 'date-fns/locale'
import { describe, expect, it } from 'vitest'

import { payloadViewsDateFormat } from './formats'

// The date-fns locales Payload loads for each admin language (its `dateFNSKey`).
const payloadLocales = { vi, en: enUS, zh: zhCN }
const evening = new Date(2026, 11, 4, 18, 5)

describe("dates in Payload's own views (version history, last modified)", () => {
  it('read day first in Vietnamese, 24-hour', () => {
    expect(format(evening, payloadViewsDateFormat, { locale: payloadLocales.vi })).toBe('ngày 4 tháng 12 năm 2026 18:05')
  })

  it('read year, month, day in Chinese', () => {
    expect(format(evening, payloadViewsDateFormat, { locale: payloadLocales.zh })).toBe('2026年12月4日 18:05')
  })

  it('spell the month in English, so no number is read as the wrong part', () => {
    expect(format(evening, payloadViewsDateFormat, { locale: payloadLocales.en })).toBe('December 4th, 2026 18:05')
  })
})
