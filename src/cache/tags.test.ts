import { describe, expect, test } from 'vitest'

import { changedLocales } from './hooks'
import { cacheTags, isCacheTag, scopedTags, tagsForChange, type ContentChange, type TagExpiry } from './tags'
import { worthStoring } from './routeCacheHandler.mjs'

const viPublish: ContentChange = {
  collection: 'articles',
  article: { id: 7, locales: ['vi'], sections: [3], tags: [11, 12], authors: [5] },
}

/** Each row: a change, then which tags expire at once and which are refreshed in the background. */
const table: { change: ContentChange; expected: TagExpiry; why: string }[] = [
  {
    why: 'publishing the vi edition: its own page, the vi lists it is in at once; vi widgets elsewhere in the background',
    change: viPublish,
    expected: {
      now: ['article:7', 'home:vi', 'feeds:vi', 'sitemaps:vi', 'section:3:vi', 'tag:11:vi', 'tag:12:vi', 'author:5:vi'],
      background: ['widgets:vi'],
    },
  },
  {
    why: 'moving to another section: the lists it leaves and enters, in every locale',
    change: { collection: 'articles', article: { id: 7, locales: ['vi', 'en', 'zh'], sections: [3, 4, 3], tags: [], authors: [] } },
    expected: {
      now: [
        'article:7',
        ...['vi', 'en', 'zh'].flatMap((l) => [`home:${l}`, `feeds:${l}`, `sitemaps:${l}`, `section:3:${l}`, `section:4:${l}`]),
      ] as TagExpiry['now'],
      background: ['widgets:vi', 'widgets:en', 'widgets:zh'],
    },
  },
  {
    why: 'an article change without details (a script): every article query',
    change: { collection: 'articles' },
    expected: { now: ['articles', 'most-read'], background: [] },
  },
  { why: 'a section renamed: names everywhere', change: { collection: 'sections' }, expected: { now: ['taxonomy'], background: [] } },
  { why: 'a tag renamed', change: { collection: 'tags' }, expected: { now: ['taxonomy'], background: [] } },
  { why: 'an author renamed', change: { collection: 'authors' }, expected: { now: ['taxonomy'], background: [] } },
  { why: 'a photo caption or credit', change: { collection: 'media' }, expected: { now: ['media'], background: [] } },
  { why: 'an editor’s picks', change: { collection: 'placements' }, expected: { now: ['placements'], background: [] } },
  { why: 'a redirect added, changed or removed', change: { collection: 'redirects' }, expected: { now: ['redirects'], background: [] } },
  {
    why: 'site settings (widget sizes, weather cities)',
    change: { global: 'site-settings' },
    expected: { now: ['settings'], background: [] },
  },
]

describe('which pages a change expires (tagsForChange)', () => {
  for (const { change, expected, why } of table) {
    test(why, () => {
      expect(tagsForChange(change)).toEqual(expected)
    })
  }

  test('a publish never expires a site-wide tag at once, nor another locale or another article', () => {
    const { now, background } = tagsForChange(viPublish)
    expect(now).not.toContain(cacheTags.articles)
    expect(now.filter((tag) => /:(en|zh)$/.test(tag))).toEqual([])
    expect(now.filter((tag) => tag.startsWith('article:') && tag !== 'article:7')).toEqual([])
    // Widgets on other article pages (latest, most read, newer/other, related, placements' fill) never at once.
    expect(now).not.toContain(scopedTags.widgets('vi'))
    expect(background).toEqual([scopedTags.widgets('vi')])
  })

  test('every tag a change names is one the revalidation route accepts', () => {
    for (const { change } of table) {
      const { now, background } = tagsForChange(change)
      for (const tag of [...now, ...background]) expect(isCacheTag(tag), tag).toBe(true)
    }
    expect(isCacheTag('article:1 OR 1')).toBe(false)
    expect(isCacheTag('home:fr')).toBe(false)
    expect(isCacheTag('section:65f0c0ffee0123456789abcd:zh')).toBe(true)
  })
})

describe('which editions a save changed', () => {
  const req = (locale: string, context: Record<string, unknown> = {}) => ({ locale, context }) as Parameters<typeof changedLocales>[0]
  const before = { id: 7, section: 3, tags: [11], authors: [5] }

  test('an edition’s own text: its locale only', () => {
    expect(changedLocales(req('en'), { ...before }, before)).toEqual(['en'])
  })
  test('section, tags or bylines (shared by every edition): every locale', () => {
    expect(changedLocales(req('vi'), { ...before, section: 4 }, before)).toEqual(['vi', 'en', 'zh'])
    expect(changedLocales(req('vi'), { ...before, tags: [11, 12] }, before)).toEqual(['vi', 'en', 'zh'])
    expect(changedLocales(req('vi'), { ...before, authors: [{ id: 6 }] }, before)).toEqual(['vi', 'en', 'zh'])
  })
  test('a new article, "all" locales, or (un)publish in every locale: every locale', () => {
    expect(changedLocales(req('vi'), before, undefined)).toEqual(['vi', 'en', 'zh'])
    expect(changedLocales(req('all'), before, before)).toEqual(['vi', 'en', 'zh'])
    expect(changedLocales(req('vi', { newsroomCacheEveryEdition: true }), before, before)).toEqual(['vi', 'en', 'zh'])
  })
})

describe('what the route cache keeps', () => {
  test('pages and routes that answered 2xx; never a 404 or a redirect a visitor can mint by the thousand', () => {
    expect(worthStoring({ kind: 'APP_PAGE', status: undefined })).toBe(true)
    expect(worthStoring({ kind: 'APP_PAGE', status: 200 })).toBe(true)
    expect(worthStoring({ kind: 'APP_ROUTE', status: 200 })).toBe(true)
    expect(worthStoring({ kind: 'APP_PAGE', status: 404 })).toBe(false)
    expect(worthStoring({ kind: 'APP_PAGE', status: 308 })).toBe(false)
    expect(worthStoring({ kind: 'APP_ROUTE', status: 404 })).toBe(false)
    expect(worthStoring({ kind: 'FETCH', data: {} })).toBe(true)
  })
})
