import Link from 'next/link'

import { articleHref } from '@/content/queries/common'
import { dictionary } from '@/i18n/dictionaries'
import type { Locale } from '@/i18n/locales'
import type { Article, RelatedLinkBlock } from '@/payload-types'
import { populated } from '@/utilities/populated'
import { isWebAddress, linksOutside } from './link'

const marker = <span aria-hidden="true">&gt;&gt;&gt; </span>

/**
 * One ">>> headline" line. A newsroom article shows only when its edition is published in this
 * locale (the body is read with the public's access, so otherwise it is not populated) and the
 * line disappears; an outside story opens on its own site, marked as such.
 */
export function RelatedLinkLine({ fields, locale }: { fields: RelatedLinkBlock; locale: Locale }) {
  if (linksOutside(fields.target)) {
    const headline = fields.headline?.trim()
    if (!headline || !isWebAddress(fields.url)) return null
    return (
      <p className="inline-related inline-related--external">
        <a href={fields.url.trim()} rel="noopener external">
          {marker}
          {headline}
          <span className="inline-related__where"> ({dictionary(locale).externalSite})</span>
        </a>
      </p>
    )
  }
  const target = populated<Article>(fields.article)
  const href = target && articleHref(locale, target)
  if (!target?.title || !href) return null
  return (
    <p className="inline-related">
      <Link href={href}>
        {marker}
        {target.title}
      </Link>
    </p>
  )
}
