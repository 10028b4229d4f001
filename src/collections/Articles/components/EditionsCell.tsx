import type { DefaultServerCellComponentProps } from 'payload'

import { parseDocId } from '@/utilities/docId'

import { translationStatus } from '../translation/desk'
import { adminLang, describeEdition } from '../translation/editionWords'

/** List column: every edition's state in plain words ("vi: đã đăng · en: cần cập nhật · zh: chưa có"). */
export async function EditionsCell({ rowData, payload, i18n }: DefaultServerCellComponentProps) {
  // Payload also renders cells without a row (e.g. while building the column list).
  const id = parseDocId((rowData as { id?: unknown } | undefined)?.id)
  if (id === undefined) return null
  const lang = adminLang(i18n?.language)
  const editions = await translationStatus(payload, id)
  return (
    <span className="editions-cell" data-testid="editions-cell">
      {editions.map((edition, index) => {
        const { text, detail } = describeEdition(edition, lang)
        return (
          <span
            key={edition.locale}
            data-locale={edition.locale}
            data-state={edition.state}
            data-outdated={edition.outdated.join(',') || undefined}
            data-revision-waiting={edition.revisionWaiting || undefined}
            title={detail}
          >
            {index > 0 ? ' · ' : ''}
            {edition.locale}: {text}
          </span>
        )
      })}
    </span>
  )
}
