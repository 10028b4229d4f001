import type { TextField } from 'payload'

import { ruleMessages, slugReserved } from '@/errors/messages'
import { adminLanguage, say } from '@/errors/refuse'
import { isValidSlug } from '@/utilities/slugify'

type SlugOptions = { localized?: boolean; unique?: boolean; reserved?: readonly string[] }

/**
 * Paths under /{locale}/ that belong to the site, not to a section: a section with one of these
 * slugs would be hidden behind them (see src/app/(frontend)/[locale]/).
 */
export const reservedSectionSlugs = ['search', 'sitemaps', 'tag', 'author', 'more', 'page', 'next', 'api', 'admin'] as const

/** A URL slug, filled from the title by the collection's hooks when left empty. */
export function slugField({ localized = false, unique = true, reserved = [] }: SlugOptions = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized,
    index: true,
    unique: localized ? false : unique,
    label: { vi: 'Đường dẫn (slug)', en: 'Slug', zh: '网址别名' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Để trống để tạo tự động từ tiêu đề.',
        en: 'Leave empty to build it from the title.',
        zh: '留空则根据标题自动生成。',
      },
    },
    validate: (value: string | null | undefined, { req }) => {
      if (!value) return true
      if (reserved.includes(value)) return slugReserved(adminLanguage(req), value, reserved)
      return isValidSlug(value) ? true : say(req, ruleMessages.slugCharacters)
    },
  }
}
