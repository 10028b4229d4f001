import { foldDiacritics } from './foldDiacritics'

/** An ASCII URL slug; empty when the text has no Latin letters or digits (e.g. Chinese). */
export function slugify(text: string, maxLength = 80): string {
  return foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export function isValidSlug(value: string): boolean {
  return slugPattern.test(value) && value.length <= 120
}
