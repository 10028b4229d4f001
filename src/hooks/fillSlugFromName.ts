import type { CollectionBeforeValidateHook } from 'payload'

import { slugify } from '@/utilities/slugify'

type Named = { name?: unknown; slug?: unknown }

/** Sections, tags and authors get a slug from their (default-locale) name when none is typed. */
export const fillSlugFromName: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const current = data as Named | undefined
  if (!current || current.slug || (originalDoc as Named | undefined)?.slug) return data
  const name = typeof current.name === 'string' ? current.name : ''
  const slug = slugify(name)
  return slug ? { ...current, slug } : data
}
