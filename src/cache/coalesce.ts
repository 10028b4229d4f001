/**
 * Background refreshes, at most one per tag per window. Marking `widgets:vi` stale re-renders every
 * Vietnamese page a reader opens next (in the background, but on the same CPU); an editor
 * publishing every two seconds would keep the whole site re-rendering. So a tag marked within
 * the last window is marked again once, when the window ends: every change still reaches the
 * widgets, a few seconds later at most, and a burst of publishes costs one round of re-renders.
 */
export type Coalescer = (tags: string[], now?: number) => void

export function coalesceByTag(
  windowMs: number,
  apply: (tags: string[]) => void,
  schedule: (run: () => void, ms: number) => unknown = setTimeout,
): Coalescer {
  const lastApplied = new Map<string, number>()
  const waiting = new Set<string>()
  return (tags, now = Date.now()) => {
    const due: string[] = []
    for (const tag of tags) {
      const last = lastApplied.get(tag)
      if (last === undefined || now - last >= windowMs) {
        lastApplied.set(tag, now)
        due.push(tag)
      } else if (!waiting.has(tag)) {
        waiting.add(tag)
        schedule(
          () => {
            waiting.delete(tag)
            lastApplied.set(tag, Date.now())
            apply([tag])
          },
          last + windowMs - now,
        )
      }
    }
    if (due.length > 0) apply(due)
  }
}
