import { dictionary } from '@/i18n/dictionaries'
import { formatDateTime } from '@/i18n/format'
import type { Locale } from '@/i18n/locales'
import type { Article } from '@/payload-types'

/** Correction and clarification notes at the end of the article, oldest first, in the reader's language. */
export function Corrections({ corrections, locale }: { corrections: Article['corrections']; locale: Locale }) {
  // A note not yet written in this edition's language is left out rather than shown in another.
  const notes = (corrections ?? []).filter((note) => note.text?.trim())
  if (notes.length === 0) return null
  const t = dictionary(locale)
  return (
    <section className="corrections" aria-label={t.corrections}>
      <h2 className="corrections__title">{t.corrections}</h2>
      <ul>
        {notes.map((note, index) => (
          <li key={note.id ?? index} className={`corrections__note corrections__note--${note.kind}`}>
            <strong>{note.kind === 'clarification' ? t.clarification : t.correction}</strong>
            {' ('}
            <time dateTime={note.date}>{formatDateTime(note.date, locale)}</time>
            {'): '}
            {note.text}
          </li>
        ))}
      </ul>
    </section>
  )
}
