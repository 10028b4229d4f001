/**
 * What a translator reads beside the form: the source edition's text, field by field and
 * paragraph by paragraph, with what changed since the translation was last brought up to date.
 * Pure functions; the endpoint that reads the article and its versions is in sourceText.ts.
 */

export type DiffPart = { op: 'same' | 'added' | 'removed'; text: string }

/** One piece of source text: the headline, the lead, a body paragraph, a photo's caption or alt. */
export type SourceSegment = {
  field: 'title' | 'lead' | 'body' | 'caption' | 'alt'
  text: string
  /** The source changed here since the last translation: the words added and removed. */
  diff?: DiffPart[]
  /** Body paragraphs: a paragraph the source has deleted since (shown struck through). */
  removed?: boolean
  /** Photos: which one (for captions and alt texts). */
  photo?: number | string
}

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[]; fields?: Record<string, unknown> }

function textOf(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  return (node.children ?? []).map(textOf).join('')
}

/** The body's paragraphs as plain text, in order; a pull quote is a paragraph too, photos are not. */
export function paragraphsOf(body: unknown): string[] {
  const root = (body as { root?: LexicalNode } | null | undefined)?.root
  const paragraphs: string[] = []
  for (const node of root?.children ?? []) {
    if (node.type === 'block') {
      const quote = node.fields?.text
      if (typeof quote === 'string' && quote.trim()) paragraphs.push(quote.trim())
      continue
    }
    if (node.type === 'list') {
      for (const item of node.children ?? []) if (textOf(item).trim()) paragraphs.push(textOf(item).trim())
      continue
    }
    const text = textOf(node).trim()
    if (text) paragraphs.push(text)
  }
  return paragraphs
}

/** Longest common subsequence table over two token lists (small inputs: one paragraph's words, one body's paragraphs). */
function lcsTable<T>(a: T[], b: T[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1])
  return table
}

type Step<T> = { op: DiffPart['op']; item: T }

function diffSequences<T>(before: T[], after: T[]): Step<T>[] {
  const table = lcsTable(before, after)
  const steps: Step<T>[] = []
  let i = 0
  let j = 0
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      steps.push({ op: 'same', item: after[j] })
      i++
      j++
    } else if (table[i + 1][j] >= table[i][j + 1]) steps.push({ op: 'removed', item: before[i++] })
    else steps.push({ op: 'added', item: after[j++] })
  }
  while (i < before.length) steps.push({ op: 'removed', item: before[i++] })
  while (j < after.length) steps.push({ op: 'added', item: after[j++] })
  return steps
}

/** A word-by-word diff (spaces kept with the words), neighbouring parts of one kind merged. */
export function diffWords(before: string, after: string): DiffPart[] {
  const tokens = (text: string) => text.match(/\s+|\S+/g) ?? []
  const parts: DiffPart[] = []
  for (const { op, item } of diffSequences(tokens(before), tokens(after))) {
    const last = parts[parts.length - 1]
    if (last && last.op === op) last.text += item
    else parts.push({ op, text: item })
  }
  return parts
}

const changed = (parts: DiffPart[]) => parts.some((part) => part.op !== 'same')

/** A single text (headline, lead, caption) against its earlier version; unchanged text carries no diff. */
export function compareText(field: SourceSegment['field'], now: string, before: string | undefined, photo?: SourceSegment['photo']) {
  const segment: SourceSegment = { field, text: now, ...(photo !== undefined ? { photo } : {}) }
  if (before === undefined || before === now) return segment
  return { ...segment, diff: diffWords(before, now) }
}

/**
 * The body's paragraphs against the earlier version's: unchanged paragraphs as they are, a
 * rewritten paragraph with its word diff (paired with the paragraph it replaced), a new one
 * wholly added, a deleted one kept in place and marked removed.
 */
export function compareParagraphs(now: string[], before: string[] | undefined): SourceSegment[] {
  if (!before) return now.map((text) => ({ field: 'body', text }))
  const segments: SourceSegment[] = []
  let removedRun: string[] = []
  const flushRemoved = () => {
    for (const text of removedRun) segments.push({ field: 'body', text, removed: true, diff: [{ op: 'removed', text }] })
    removedRun = []
  }
  for (const { op, item } of diffSequences(before, now)) {
    if (op === 'removed') {
      removedRun.push(item)
      continue
    }
    if (op === 'same') {
      flushRemoved()
      segments.push({ field: 'body', text: item })
      continue
    }
    // An added paragraph right after removed ones is most likely the same paragraph rewritten.
    const replaced = removedRun.shift()
    const diff = replaced !== undefined ? diffWords(replaced, item) : [{ op: 'added' as const, text: item }]
    segments.push({ field: 'body', text: item, diff: changed(diff) ? diff : undefined })
  }
  flushRemoved()
  return segments
}
