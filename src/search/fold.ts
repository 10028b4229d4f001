/**
 * Search folding: the one function that turns text into what the search index stores and what
 * a query is compared with. Lower case, no diacritics (Vietnamese tones and vowel marks, đ → d),
 * compatibility forms unified (full-width "ＡＢＣ" → "abc"), punctuation turned into word breaks.
 *
 * The folded form is " word word word " — words separated by single spaces, with a space at
 * both ends — so a query can demand whole words with plain substring matching (Payload's
 * `contains`, the same on SQLite and MongoDB): " ha noi " matches "Hà Nội" but not "nhà nội".
 * Latin-script words and other scripts (Chinese) are also broken apart where they touch, so
 * "越南GDP" holds the word "gdp"; Chinese has no spaces and is matched as a substring.
 */

import { foldChar } from '@/utilities/foldDiacritics'

/** Longest query we look at; longer input is cut, never refused. */
export const maxQueryLength = 200

type CharClass = 'ascii' | 'other' | 'break'

function classOf(char: string): CharClass {
  if (/[a-z0-9]/.test(char)) return 'ascii'
  if (/[\p{L}\p{N}]/u.test(char)) return 'other'
  return 'break'
}

/** A folded text and, for each of its characters, where it came from in the original. */
export type FoldedWithMap = { folded: string; starts: number[]; ends: number[] }

/**
 * Folds `input` keeping a map back to the original text, so matches found in the folded text
 * can be highlighted in the text the reader sees.
 */
export function foldWithMap(input: string): FoldedWithMap {
  let folded = ' '
  const starts: number[] = [0]
  const ends: number[] = [0]
  let previous: CharClass = 'break'
  let offset = 0
  for (const original of input) {
    const start = offset
    offset += original.length
    for (const char of foldChar(original)) {
      const kind = classOf(char)
      if (kind === 'break') {
        previous = 'break'
        continue
      }
      // A word break before this character: after punctuation, or where Latin meets another script.
      if (previous !== kind && !folded.endsWith(' ')) {
        folded += ' '
        starts.push(start)
        ends.push(start)
      }
      folded += char
      starts.push(start)
      ends.push(offset)
      previous = kind
    }
  }
  if (!folded.endsWith(' ')) {
    folded += ' '
    starts.push(offset)
    ends.push(offset)
  }
  return { folded, starts, ends }
}

/** " word word " — what the index stores; " " for text with no words. */
export function foldText(input: string | null | undefined): string {
  return input ? foldWithMap(input).folded : ' '
}

/** The words of a folded text (Chinese runs are one "word" each). */
export function words(folded: string): string[] {
  return folded.split(' ').filter(Boolean)
}

/**
 * The substring a folded text must contain to match `phrase` (folded words joined by spaces):
 * whole words at Latin ends, bare substrings where the phrase starts or ends in another script.
 */
export function matchPattern(phrase: string): string {
  const first = phrase[0] ?? ''
  const last = phrase[phrase.length - 1] ?? ''
  return `${classOf(first) === 'ascii' ? ' ' : ''}${phrase}${classOf(last) === 'ascii' ? ' ' : ''}`
}

/** A reader's query, folded and capped; no words means nothing to search for. */
export type SearchQuery = { raw: string; words: string[]; phrase: string }

export function parseQuery(raw: unknown): SearchQuery {
  const text = typeof raw === 'string' ? raw : Array.isArray(raw) && typeof raw[0] === 'string' ? raw[0] : ''
  // Cut by code points, so a capped query never ends in half a character.
  const capped = Array.from(text).slice(0, maxQueryLength).join('').trim()
  // At most a dozen words: each one is a condition in the database query.
  const queryWords = words(foldText(capped)).slice(0, 12)
  return { raw: capped, words: queryWords, phrase: queryWords.join(' ') }
}
