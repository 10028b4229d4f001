import type { TextFieldSingleValidation } from 'payload'
import { expect, test } from 'vitest'

import { reservedSectionSlugs, slugField } from './slug'

/** The field's validation as the admin runs it, for a person working in `language`. */
const validate = (field: ReturnType<typeof slugField>, value: string, language = 'en') =>
  (field.validate as TextFieldSingleValidation)(value, { req: { i18n: { language } } } as Parameters<TextFieldSingleValidation>[1])

test('a section cannot take a slug the site uses for its own pages', () => {
  const sectionSlug = slugField({ reserved: reservedSectionSlugs })
  expect(validate(sectionSlug, 'search')).toMatch(/used by the site itself/)
  expect(validate(sectionSlug, 'tag')).toMatch(/used by the site itself/)
  expect(validate(sectionSlug, 'thoi-su')).toBe(true)
  // Tags and articles live under their own prefixes, so the same words are fine there.
  expect(validate(slugField(), 'search')).toBe(true)
})

test('slugs are lower-case words joined by hyphens', () => {
  expect(validate(slugField(), 'Hà Nội')).toMatch(/lower-case/)
})

test('the slug rules speak the admin language', () => {
  const sectionSlug = slugField({ reserved: reservedSectionSlugs })
  expect(validate(sectionSlug, 'search', 'vi')).toMatch(/"search" là đường dẫn của chính trang web/)
  expect(validate(slugField(), 'Hà Nội', 'vi')).toMatch(/chữ thường không dấu/)
  expect(validate(slugField(), 'Hà Nội', 'zh')).toMatch(/小写字母/)
})
