import { foldWithMap, matchPattern, type SearchQuery } from './fold'

/** A piece of the original text; `match` pieces are shown highlighted. */
export type Segment = { text: string; match: boolean }

type Range = [number, number]

/**
 * How the search matched: `phrase` highlights the phrase only (its words alone elsewhere are not
 * what was found); `words` highlights the phrase where it occurs, else each word.
 */
export type MatchMode = 'phrase' | 'words'

/** Where the query matches in `text`, as ranges of the original string. */
export function matchRanges(text: string, query: SearchQuery, mode: MatchMode = 'words'): Range[] {
  if (!text || query.words.length === 0) return []
  const { folded, starts, ends } = foldWithMap(text)
  const phraseRanges = findAll(folded, matchPattern(query.phrase))
  const found =
    phraseRanges.length > 0 || mode === 'phrase' ? phraseRanges : query.words.flatMap((word) => findAll(folded, matchPattern(word)))
  const ranges = found
    .map(([from, to]): Range => [starts[from], ends[to - 1]])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0])
  return mergeRanges(ranges)
}

/** Folded-text ranges of every occurrence of `pattern`, without its boundary spaces. */
function findAll(folded: string, pattern: string): Range[] {
  const out: Range[] = []
  const lead = pattern.startsWith(' ') ? 1 : 0
  const trail = pattern.endsWith(' ') ? 1 : 0
  let at = folded.indexOf(pattern)
  while (at !== -1) {
    out.push([at + lead, at + pattern.length - trail])
    // The next match may share this one's trailing space ("ha ha" in " ha ha ").
    at = folded.indexOf(pattern, at + Math.max(1, pattern.length - trail))
  }
  return out
}

function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/** The text cut into plain and highlighted pieces (rendered as text, so React escapes them). */
export function highlight(text: string, query: SearchQuery, mode: MatchMode = 'words'): Segment[] {
  return toSegments(text, matchRanges(text, query, mode))
}

function toSegments(text: string, ranges: Range[]): Segment[] {
  const segments: Segment[] = []
  let cursor = 0
  for (const [from, to] of ranges) {
    if (from > cursor) segments.push({ text: text.slice(cursor, from), match: false })
    segments.push({ text: text.slice(from, to), match: true })
    cursor = to
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: false })
  return segments
}

/**
 * A passage of a long text around its first match, about `length` characters, with ellipses
 * where it was cut; undefined when the query does not occur in it.
 */
export function excerpt(text: string, query: SearchQuery, length = 220, mode: MatchMode = 'words'): Segment[] | undefined {
  const ranges = matchRanges(text, query, mode)
  if (ranges.length === 0) return undefined
  const first = ranges[0][0]
  let from = Math.max(0, first - Math.floor(length / 3))
  let to = Math.min(text.length, from + length)
  // Cut at spaces where there are any, so words stay whole (Chinese has none: cut anywhere).
  if (from > 0) {
    const space = text.indexOf(' ', from)
    if (space !== -1 && space < first) from = space + 1
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space > ranges[0][1]) to = space
  }
  const inside = ranges.filter(([start, end]) => start >= from && end <= to).map(([start, end]): Range => [start - from, end - from])
  const segments = toSegments(text.slice(from, to), inside)
  if (from > 0) segments.unshift({ text: '…', match: false })
  if (to < text.length) segments.push({ text: '…', match: false })
  return segments
}
