import Link from 'next/link'

import { dictionary } from '@/i18n/dictionaries'
import type { Locale } from '@/i18n/locales'
import type { Section, Tag } from '@/payload-types'

export function TagList({ locale, tags, section }: { locale: Locale; tags: Tag[]; section?: Section }) {
  const named = tags.filter((tag) => tag.name && tag.slug)
  if (named.length === 0 && !section?.name) return null
  const t = dictionary(locale)
  return (
    <div className="article-tags">
      {section?.name ? (
        <Link className="article-tags__section" href={`/${locale}/${section.slug}`}>
          {section.name}
        </Link>
      ) : null}
      {named.length ? (
        <ul aria-label={t.tags}>
          {named.map((tag) => (
            <li key={tag.id}>
              <Link href={`/${locale}/tag/${tag.slug}`} rel="tag">
                #{tag.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
