import type { DefaultServerCellComponentProps } from 'payload'

import { parseDocId } from '@/utilities/docId'

import { translationStatus, type EditionState } from '../translation/desk'

const mark: Record<EditionState, string> = {
  missing: '—',
  in_progress: '✎',
  in_review: '⧗',
  scheduled: '⏰',
  published: '✓',
  unpublished: '⨯',
}

/** List column: every edition's state at a glance ("vi ✓ · en ⧗ · zh —"), outdated ones flagged. */
export async function EditionsCell({ rowData, payload }: DefaultServerCellComponentProps) {
  // Payload also renders cells without a row (e.g. while building the column list).
  const id = parseDocId((rowData as { id?: unknown } | undefined)?.id)
  if (id === undefined) return null
  const editions = await translationStatus(payload, id)
  return (
    <span className="editions-cell" data-testid="editions-cell">
      {editions.map((edition, index) => (
        <span
          key={edition.locale}
          data-locale={edition.locale}
          data-state={edition.state}
          data-revision-waiting={edition.revisionWaiting || undefined}
          title={
            edition.outdated.length
              ? `outdated: ${edition.outdated.join(', ')}`
              : edition.revisionWaiting
                ? 'revision waiting'
                : edition.state
          }
        >
          {index > 0 ? ' · ' : ''}
          {edition.locale} {mark[edition.state]}
          {edition.revisionWaiting ? '✎' : ''}
          {edition.outdated.length ? '!' : ''}
        </span>
      ))}
    </span>
  )
}
