import type { ServerProps } from 'payload'

import { isEditorUser } from '@/access/roles'

/**
 * Payload offers its bulk Publish / Unpublish buttons to everyone who may update articles, and a
 * reporter may update (their drafts). A reporter's or translator's bulk publish would only save
 * drafts (settleWriteMode), but they should not be offered it at all: the list hides both for them.
 */
export function EditorsOnlyBulkPublish({ i18n, user }: ServerProps) {
  if (isEditorUser(user)) return null
  const labels = [i18n.t('version:publish'), i18n.t('version:unpublish')].map((label) => label.replace(/["\\]/g, ''))
  const selector = labels.map((label) => `.list-selection__button[aria-label="${label}"]`).join(',')
  return <style data-testid="editors-only-bulk-publish">{`${selector}{display:none}`}</style>
}
