import type { PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { nestedRequest } from '@/utilities/nestedRequest'
import type { HistoryEvent, WorkflowState } from './states'

export type TransitionInput = {
  article: number
  locale: Locale
  from: WorkflowState | null
  to: WorkflowState | HistoryEvent
  note?: string
}

/** One line of an edition's history, stamped with who (the request's user) and when. */
export async function recordTransition(req: PayloadRequest, input: TransitionInput): Promise<void> {
  const by = req.user && req.user.collection === 'users' ? req.user.id : undefined
  await req.payload.create({
    collection: 'article-transitions',
    overrideAccess: true,
    depth: 0,
    data: { ...input, from: input.from ?? undefined, by, at: new Date().toISOString() },
    req: nestedRequest(req),
  })
}
