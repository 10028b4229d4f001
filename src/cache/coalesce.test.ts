import { expect, test } from 'vitest'

import { coalesceByTag } from './coalesce'

test('a burst of publishes marks the widgets stale once at once and once when the window ends, never more', () => {
  const applied: string[][] = []
  const timers: { run: () => void; ms: number }[] = []
  const refresh = coalesceByTag(
    5000,
    (tags) => applied.push(tags),
    (run, ms) => timers.push({ run, ms }),
  )

  refresh(['widgets:vi'], 0) // first publish: at once
  refresh(['widgets:vi'], 2000) // within the window: later, once
  refresh(['widgets:vi'], 4000)
  refresh(['widgets:en'], 4000) // another locale: at once
  expect(applied).toEqual([['widgets:vi'], ['widgets:en']])
  expect(timers.map((t) => t.ms)).toEqual([3000]) // the 5 s window after the first

  timers[0].run() // the window ends: the changes of 2 s and 4 s reach the widgets
  expect(applied).toEqual([['widgets:vi'], ['widgets:en'], ['widgets:vi']])

  refresh(['widgets:vi'], Date.now() + 6000) // long after: at once again
  expect(applied.at(-1)).toEqual(['widgets:vi'])
})
