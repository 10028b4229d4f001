import type { JSONField } from 'payload'

import { staffOnlyField } from '@/access/roles'

/**
 * Per edition, who saved it last and when ({ at, by, name }), stamped by every save of that
 * edition. A save whose copy is older than this is refused (409) rather than written over it.
 */
export const editionEditField: JSONField = {
  name: 'editionEdit',
  type: 'json',
  localized: true,
  access: { read: staffOnlyField, update: () => false, create: () => false },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
}
