import type { Locale } from './locales'

/** How agencies are named in Chinese copy. */
const agencyNamesZh: Record<string, string> = { TTXVN: '越通社', VNA: '越通社', NDO: '人民报网' }

type Credit = { credit?: string | null; agency?: string | null }

/**
 * A photo credit as each edition writes it: "(Ảnh: Lâm Khánh/TTXVN)", "(Photo: NDO/Giang Nam)",
 * "图自越通社". Empty when the photo names nobody, so nothing is printed.
 */
export function formatCredit(locale: Locale, { credit, agency }: Credit): string {
  const person = credit?.trim() || ''
  const org = agency?.trim() || ''
  if (!person && !org) return ''
  switch (locale) {
    case 'vi':
      return `(Ảnh: ${[person, org].filter(Boolean).join('/')})`
    case 'en':
      return `(Photo: ${[org, person].filter(Boolean).join('/')})`
    case 'zh': {
      const orgZh = agencyNamesZh[org.toUpperCase()] ?? org
      if (!person) return `图自${orgZh}`
      return `（摄影：${[person, orgZh].filter(Boolean).join('/')}）`
    }
  }
}
