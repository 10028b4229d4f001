/**
 * Folds text for matching and URLs: lower case, no diacritics, "đ" as "d".
 * Vietnamese "đ" is a letter of its own, not a d with a combining mark, so NFD alone misses it.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

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
