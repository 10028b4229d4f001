import type { TextFieldSingleValidation } from 'payload'
import { expect, test } from 'vitest'

import { reservedSectionSlugs, slugField } from './slug'

const validate = (field: ReturnType<typeof slugField>, value: string) =>
  (field.validate as TextFieldSingleValidation)(value, {} as Parameters<TextFieldSingleValidation>[1])

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
