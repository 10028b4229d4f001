import type { Locale } from '../locales'
import { en } from './en'
import { vi, type Dictionary } from './vi'
import { zh } from './zh'

export const dictionaries: Record<Locale, Dictionary> = { vi, en, zh }
export type { Dictionary }

export function dictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}
