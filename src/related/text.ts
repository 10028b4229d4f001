import { foldDiacritics } from '@/utilities/foldDiacritics'

/**
 * Text features for "related" suggestions: headline and lead turned into comparable tokens.
 * Vietnamese is folded (case, diacritics, đ→d) so "Hà Nội" and "ha noi" are the same words;
 * Chinese has no spaces, so runs of Han characters become character bigrams.
 */

// Words so common in headlines that sharing them says nothing (already folded).
const stopWords = new Set([
  // Vietnamese
  'va',
  'cua',
  'la',
  'cac',
  'nhung',
  'mot',
  'cho',
  'voi',
  'trong',
  'tai',
  'tu',
  'den',
  'da',
  'duoc',
  'khi',
  'se',
  'co',
  'nay',
  'de',
  've',
  'thi',
  'o',
  'theo',
  'sau',
  'truoc',
  'nam',
  'ngay',
  // English
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'is',
  'are',
  'was',
  'be',
  'as',
  'its',
  'new',
  'after',
  // Chinese single characters that glue sentences together
  '的',
  '了',
  '在',
  '是',
  '和',
  '与',
  '及',
])

const minShared = 2

const hanRun = /\p{Script=Han}+/gu
const wordRun = /[\p{L}\p{N}]+/gu

/**
 * Distinct tokens of a text: folded words (not stop words), pairs of consecutive words (so
 * "ha noi" counts more than "ha" and "noi" apart), and Han character bigrams.
 */
export function tokens(text: string): Set<string> {
  const out = new Set<string>()
  const folded = foldDiacritics(text)
  for (const run of folded.match(hanRun) ?? []) {
    const chars = [...run].filter((char) => !stopWords.has(char))
    if (chars.length === 1) out.add(chars[0])
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1])
  }
  const words = (folded.replace(hanRun, ' ').match(wordRun) ?? []).filter((word) => !stopWords.has(word))
  for (let i = 0; i < words.length; i++) {
    out.add(words[i])
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`)
  }
  return out
}

/**
 * Dice coefficient of two token sets: 0 (nothing shared) to 1 (identical). A single shared
 * token counts as nothing: folded Vietnamese syllables collide ("đô" and "đổ" are both "do").
 */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const token of small) if (large.has(token)) shared++
  if (shared < minShared) return 0
  return (2 * shared) / (a.size + b.size)
}
