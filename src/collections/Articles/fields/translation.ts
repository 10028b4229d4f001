import type { Field } from 'payload'

import { staffOnlyField } from '@/access/roles'

/**
 * Per edition, a fingerprint of each Vietnamese source field as it was when the translation was
 * last brought up to date. Written only by the translation desk (see ../translation/desk.ts);
 * comparing it with the source's current fingerprint names the fields that changed since.
 */
export const translationFields: Field[] = [
  {
    name: 'sourceFingerprint',
    type: 'json',
    localized: true,
    access: { read: staffOnlyField },
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  },
  {
    name: 'translationDesk',
    type: 'ui',
    label: { vi: 'Bản dịch', en: 'Translations', zh: '翻译' },
    admin: {
      position: 'sidebar',
      components: {
        Field: '@/collections/Articles/components/TranslationDesk#TranslationDesk',
        // The list's "Editions" column: every locale's state, outdated ones flagged with "!".
        Cell: '@/collections/Articles/components/EditionsCell#EditionsCell',
      },
    },
  },
]
