import { similarity, tokens } from './text'

/** What scoring needs to know about an article (in one locale). */
export type Scorable = {
  id: number
  title?: string | null
  lead?: string | null
  section?: number | null
  tags?: number[]
  publishedAt?: string | null
}

export type Scored<T extends Scorable> = { item: T; score: number }

/**
 * Weights: a shared tag is the strongest editorial signal, then words in common, then the
 * section (a broad section alone relates little). Tuned on the demo newsroom.
 */
export const weights = { tag: 3, section: 1.5, text: 6 } as const

function textOf(article: Scorable): string {
  return `${article.title ?? ''} ${article.lead ?? ''}`
}

function time(article: Scorable): number {
  return article.publishedAt ? Date.parse(article.publishedAt) || 0 : 0
}

/**
 * Ranks candidates by how related they are to `subject`: shared tags, same section and text
 * similarity of headline and lead; newer first on a tie. Never the subject itself, never twice,
 * never a candidate with nothing in common.
 */
export function scoreCandidates<T extends Scorable>(subject: Scorable, candidates: T[]): Scored<T>[] {
  const subjectTokens = tokens(textOf(subject))
  const subjectTags = new Set(subject.tags ?? [])
  const seen = new Set<number>([subject.id])
  const scored: Scored<T>[] = []
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue
    seen.add(candidate.id)
    const sharedTags = (candidate.tags ?? []).filter((tag) => subjectTags.has(tag)).length
    const sameSection = subject.section != null && candidate.section === subject.section ? 1 : 0
    const text = similarity(subjectTokens, tokens(textOf(candidate)))
    const score = weights.tag * sharedTags + weights.section * sameSection + weights.text * text
    if (score > 0) scored.push({ item: candidate, score })
  }
  return scored.sort((a, b) => b.score - a.score || time(b.item) - time(a.item) || b.item.id - a.item.id)
}
