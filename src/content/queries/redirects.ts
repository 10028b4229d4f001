import type { Payload } from 'payload'

import type { Redirect } from '@/payload-types'
import { relationId } from './common'

/** Where an old address leads: an article (its current address is worked out when asked) or a typed URL. */
export type RedirectTarget = { article: number } | { url: string }

/**
 * Every redirect, old address to target, in one read: the table is small (a few per renamed
 * article) and cached whole, so an unknown address costs a look-up in memory, never a query per
 * address a visitor typed.
 */
export async function redirectTable(payload: Payload): Promise<Record<string, RedirectTarget>> {
  const result = await payload.find({
    collection: 'redirects',
    overrideAccess: true,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { from: true, to: true },
  })
  const table: Record<string, RedirectTarget> = {}
  for (const { from, to } of result.docs as Pick<Redirect, 'from' | 'to'>[]) {
    const article = to?.type === 'reference' ? relationId(to.reference?.value) : undefined
    if (article !== undefined) table[from] = { article }
    else if (to?.type === 'custom' && to.url) table[from] = { url: to.url }
  }
  return table
}
