import { expect, test } from 'vitest'

import { cacheTags, tagsForChange } from './tags'

test('saving a placement refreshes what shows placements; publishing an article (its related list too) refreshes article queries', () => {
  expect(tagsForChange({ collection: 'placements' })).toEqual([cacheTags.placements])
  expect(tagsForChange({ collection: 'articles' })).toContain(cacheTags.articles)
})
