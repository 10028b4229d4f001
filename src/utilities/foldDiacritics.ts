/**
 * The one diacritics folding, for slugs, search and related-article matching: lower case, no
 * tones or vowel marks, compatibility forms unified (full-width "ＡＢＣ" → "abc"). Vietnamese "đ"
 * is a letter of its own, not a d with a combining mark, so no normalisation reaches it: it is
 * mapped by hand. Chinese characters have no marks and come out unchanged.
 */

/** Folds one character (code point) to zero or more characters. */
export function foldChar(char: string): string {
  if (char === 'đ' || char === 'Đ') return 'd'
  return char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Lower case without diacritics (đ → d), spacing and punctuation kept: for comparing words. */
export function foldDiacritics(text: string): string {
  let out = ''
  for (const char of text) out += foldChar(char)
  return out
}
