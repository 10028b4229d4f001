import type { PayloadRequest } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { nestedRequest } from '@/utilities/nestedRequest'

/** Is this edition live on the site right now (the published document, not the latest draft)? */
export async function isEditionLive(req: PayloadRequest, id: Article['id'], locale: Locale): Promise<boolean> {
  const found = await req.payload.find({
    collection: 'articles',
    locale,
    draft: false,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true },
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    req: nestedRequest(req),
  })
  return found.docs.length > 0
}

/** The workflow state the staff last set, from the latest draft (without another locale's fallback). */
export async function latestWorkflowState(req: PayloadRequest, id: Article['id'], locale: Locale): Promise<unknown> {
  const latest = await req.payload
    .findByID({
      collection: 'articles',
      id,
      locale,
      draft: true,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
      select: { workflowState: true },
      req: nestedRequest(req),
    })
    .catch(() => null)
  return latest?.workflowState
}

/** Every edition's state and whether it is live: what "unpublish in all locales" must take down. */
export async function otherEditions(req: PayloadRequest, id: Article['id']): Promise<{ locale: Locale; state: unknown; live: boolean }[]> {
  const latest = await req.payload.findByID({
    collection: 'articles',
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
    select: { workflowState: true },
    req: nestedRequest(req),
  })
  const states = (latest.workflowState ?? {}) as unknown as Partial<Record<Locale, unknown>>
  return Promise.all(locales.map(async (locale) => ({ locale, state: states[locale], live: await isEditionLive(req, id, locale) })))
}

/** The edition's correction notes that readers have not seen yet (not in its published copy). */
export async function unpublishedCorrections(
  req: PayloadRequest,
  id: Article['id'],
  locale: Locale,
  corrections: NonNullable<Article['corrections']>,
): Promise<string[]> {
  if (corrections.length === 0) return []
  const live = await req.payload
    .findByID({
      collection: 'articles',
      id,
      locale,
      draft: false,
      overrideAccess: true,
      depth: 0,
      select: { corrections: true },
      req: nestedRequest(req),
    })
    .catch(() => null)
  const seen = new Set((live?.corrections ?? []).map((c) => c.id))
  return corrections.filter((c) => !c.id || !seen.has(c.id)).map((c) => `${c.kind}: ${c.text ?? ''}`.slice(0, 200))
}
