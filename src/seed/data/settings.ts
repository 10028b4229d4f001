import type { Localized } from './types'

export type DemoCity = { name: Localized; latitude: number; longitude: number; temperature: number }

/** The weather strip's cities (those of the seed pages); figures for the "typed by editors" provider the demo uses offline. */
export const demoCities: DemoCity[] = [
  { name: { vi: 'Hà Nội', en: 'Hanoi', zh: '河内' }, latitude: 21.0285, longitude: 105.8542, temperature: 19 },
  { name: { vi: 'Đà Nẵng', en: 'Da Nang', zh: '岘港' }, latitude: 16.0544, longitude: 108.2022, temperature: 20 },
  { name: { vi: 'TP Hồ Chí Minh', en: 'Ho Chi Minh City', zh: '胡志明市' }, latitude: 10.7769, longitude: 106.7009, temperature: 26 },
  { name: { vi: 'Thừa Thiên Huế', en: 'Thua Thien Hue', zh: '承天顺化' }, latitude: 16.4637, longitude: 107.5909, temperature: 22 },
]

export type DemoPlacement = {
  key: 'topStory' | 'featured' | 'youMayBeInterested' | 'recommended'
  /** Section key: the placement replaces the site-wide one on that section's articles. */
  section?: string
  /** Article keys in order; `locales` limits a pick to some languages; `days` sets an expiry that many days after seeding. */
  picks: { article: string; locales?: ('vi' | 'en' | 'zh')[]; days?: number }[]
  rule: 'latest' | 'mostRead' | 'tag' | 'none'
  /** Tag key, for rule "tag". */
  tag?: string
}

/** The demo's curated placements; every list also shows how the automatic rule fills the rest. */
export const demoPlacements: DemoPlacement[] = [
  { key: 'topStory', picks: [{ article: 'metro-line-trial', days: 3 }], rule: 'latest' },
  { key: 'featured', picks: [{ article: 'startup-fair-hcm' }, { article: 'tokyo-lantern-week' }, { article: 'hue-citadel-restoration', locales: ['vi'] }], rule: 'latest' },
  { key: 'youMayBeInterested', picks: [{ article: 'telehealth-mountain' }, { article: 'ha-giang-buckwheat', days: 14 }], rule: 'mostRead' },
  { key: 'recommended', picks: [{ article: 'danang-beach-cleanup' }, { article: 'hoi-an-lantern-festival' }], rule: 'latest' },
  // Sports articles recommend more football and the marathon, then the latest football news.
  { key: 'recommended', section: 'the-thao', picks: [{ article: 'marathon-danang' }, { article: 'u19-training-camp' }], rule: 'tag', tag: 'bong-da' },
  // Technology articles: digital transformation first.
  { key: 'youMayBeInterested', section: 'cong-nghe', picks: [{ article: 'vietnamese-ai-voice' }], rule: 'tag', tag: 'chuyen-doi-so' },
]
