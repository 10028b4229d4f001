import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { ruleMessages } from '@/errors/messages'
import { refuseForbidden, say } from '@/errors/refuse'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { parseDocId } from '@/utilities/docId'
import { isEditionLive } from './editions'

const writeModeKey = 'newsroomWriteMode'

/** What kind of write the request is, decided once before the operation runs. */
export type WriteMode = {
  /** Saves a version only: what the public reads does not change. */
  draft: boolean
  /** The sender asked for a live write but may not publish: saved as a draft instead. */
  madeDraft: boolean
  unpublishAllLocales: boolean
  /** A bulk edit (a `where`, no id): Payload saves several documents on one request. */
  bulk: boolean
  /**
   * When the sender's copy was made (the `updatedAt`, else the `editionEdit.at`, it sends back), or
   * null when it sends neither (a partial update). Read from the request as sent: by the time the
   * save's hooks run, Payload has filled what was not sent with stored values.
   */
  base: string | null
  /** The data as the sender sent it (before field access and Payload's merge with stored values). */
  sent: Record<string, unknown> | null
}

type WriteArgs = { autosave?: unknown; data?: unknown; draft?: unknown; id?: unknown; unpublishAllLocales?: unknown }

/** Read the way Payload reads it: REST passes a query string, the Local API anything truthy. */
const flag = (value: unknown): boolean => (typeof value === 'string' ? value === 'true' : Boolean(value))

/**
 * Pure: the write mode of an operation. Only people who may publish write what the public reads:
 * anyone else's save is a draft of the edition, whatever the request asks (the live copy stays
 * as it was until an editor publishes).
 */
export function decideWriteMode(args: WriteArgs, operation: 'create' | 'update' | 'updateByID', mayPublish: boolean): WriteMode {
  const asked = flag(args.draft) || flag(args.autosave)
  const unpublishAllLocales = flag(args.unpublishAllLocales)
  const draft = asked || (!mayPublish && operation !== 'create' && !unpublishAllLocales)
  return {
    draft,
    madeDraft: draft && !asked,
    unpublishAllLocales,
    bulk: operation === 'update' && args.id === undefined,
    base: baseOf(args.data),
    sent: sentData(args.data),
  }
}

function sentData(data: unknown): Record<string, unknown> | null {
  return data && typeof data === 'object' && !Array.isArray(data) ? { ...(data as Record<string, unknown>) } : null
}

function baseOf(data: unknown): string | null {
  if (!data || typeof data !== 'object') return null
  const { updatedAt, editionEdit } = data as { updatedAt?: unknown; editionEdit?: unknown }
  if (typeof updatedAt === 'string' && updatedAt) return updatedAt
  const at = editionEdit && typeof editionEdit === 'object' ? (editionEdit as { at?: unknown }).at : undefined
  return typeof at === 'string' && at ? at : null
}

/** A live write of status "draft" asks to take the edition down: that is refused, not turned into a draft. */
function asksToUnpublish(args: WriteArgs): boolean {
  const data = args.data as { _status?: unknown } | undefined
  return !flag(args.draft) && !flag(args.autosave) && data?._status === 'draft'
}

export const settleWriteMode: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  // No user: the system (seed, scheduled jobs) writes as it says.
  const mayPublish = !req.user || isEditorUser(req.user)
  const writeArgs = args as WriteArgs
  if (!mayPublish && operation !== 'create' && asksToUnpublish(writeArgs)) {
    const id = parseDocId(writeArgs.id)
    const locale = isLocale(req.locale) ? req.locale : defaultLocale
    if (id === undefined || (await isEditionLive(req, id, locale))) {
      refuseForbidden(req, say(req, ruleMessages.unpublishNeedsEditor))
    }
  }
  const mode = decideWriteMode(writeArgs, operation, mayPublish)
  // A draft save changes nothing readers see: it cannot take the article down.
  if (mode.unpublishAllLocales && mode.draft) {
    throw new APIError(say(req, ruleMessages.takedownInDraft), 400, null, true)
  }
  req.context[writeModeKey] = mode
  return mode.madeDraft ? { ...args, draft: true } : args
}

export function writeModeOf(req: PayloadRequest): WriteMode {
  return (
    (req.context[writeModeKey] as WriteMode | undefined) ?? {
      draft: false,
      madeDraft: false,
      unpublishAllLocales: false,
      bulk: false,
      base: null,
      sent: null,
    }
  )
}
