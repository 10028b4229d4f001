import type { Localized } from './types'

export type DemoCity = { name: Localized; latitude: number; longitude: number; temperature: number }

/** The weather strip's cities; figures for the "typed by editors" provider the demo uses offline. */
export const demoCities: DemoCity[] = [
  { name: { vi: 'Hà Nội', en: 'Hanoi', zh: '河内' }, latitude: 21.0285, longitude: 105.8542, temperature: 19 },
  { name: { vi: 'Đà Nẵng', en: 'Da Nang', zh: '岘港' }, latitude: 16.0544, longitude: 108.2022, temperature: 20 },
  { name: { vi: 'TP Hồ Chí Minh', en: 'Ho Chi Minh City', zh: '胡志明市' }, latitude: 10.7769, longitude: 106.7009, temperature: 26 },
]

/** Editors' picks on the demo home page, by article key; the rest fill automatically. */
export const demoPicks = {
  topStory: 'metro-line-trial',
  featured: ['startup-fair-hcm', 'tokyo-lantern-week'],
  youMayBeInterested: ['telehealth-mountain'],
  recommended: ['danang-beach-cleanup'],
}
