import { describe, expect, test } from 'vitest'

import { decideSharedFields, newerEditSince } from './editionRules'
import { sameValue, sharedFieldNames } from './sharedFields'
import { decideWriteMode } from './writeMode'

const sharedNames = ['section', 'tags', 'authors']
const current = { section: 1, tags: [3], authors: [2] }

describe('decideSharedFields', () => {
  test('a field still holding the sender’s starting value is kept as stored, even when that copy is stale', () => {
    const decision = decideSharedFields({
      locale: 'en',
      sourceLocale: 'vi',
      role: 'translator',
      sharedNames,
      incoming: { tags: [], section: 1 },
      base: { tags: [], section: 1 },
      current,
    })
    expect(decision).toEqual({ drop: ['section', 'tags'], refused: [], changes: [] })
  })

  test('a change sent from a translation is refused, naming the field', () => {
    const decision = decideSharedFields({
      locale: 'en',
      sourceLocale: 'vi',
      role: 'editor',
      sharedNames,
      incoming: { tags: [4] },
      base: null,
      current,
    })
    expect(decision.refused).toEqual([{ path: 'tags', reason: 'not-source' }])
  })

  test('the source edition changes them, except for translators', () => {
    const input = { locale: 'vi' as const, sourceLocale: 'vi' as const, sharedNames, incoming: { authors: [5] }, base: null, current }
    expect(decideSharedFields({ ...input, role: 'reporter' }).changes).toEqual(['authors'])
    expect(decideSharedFields({ ...input, role: 'translator' }).refused).toEqual([{ path: 'authors', reason: 'translator' }])
  })

  test('populated documents, ids as strings and empty values compare as the same value', () => {
    expect(sameValue([{ id: 3, createdAt: 'x', name: 'T' }], ['3'])).toBe(true)
    expect(sameValue([], null)).toBe(true)
    expect(sameValue('2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z')).toBe(true)
    expect(sameValue({ outlet: 'NDO', url: null }, { outlet: 'NDO' })).toBe(true)
    expect(sameValue([1, 2], [2, 1])).toBe(false)
  })
})

describe('sharedFieldNames', () => {
  test('leaves out per-edition fields, groups with a localized child, derived fields and fields without data', () => {
    const names = sharedFieldNames([
      { name: 'title', type: 'text', localized: true },
      { name: 'section', type: 'relationship', relationTo: 'sections' },
      { name: 'meta', type: 'group', fields: [{ name: 'title', type: 'text', localized: true }] },
      { name: 'source', type: 'group', fields: [{ name: 'outlet', type: 'text' }] },
      { name: 'allHeadlines', type: 'text' },
      { name: 'views', type: 'ui', admin: { components: {} } },
    ])
    expect(names).toEqual(['section', 'source'])
  })
})

describe('newerEditSince', () => {
  const edit = { at: '2026-12-02T10:00:05.000Z', by: 7, name: 'Trần B' }
  test('a copy made before the edition’s last save is stale; one made at or after it is not', () => {
    expect(newerEditSince('2026-12-02T10:00:00.000Z', edit)).toEqual(edit)
    expect(newerEditSince('2026-12-02T10:00:05.000Z', edit)).toBeNull()
    expect(newerEditSince(null, edit)).toBeNull()
  })
})

describe('decideWriteMode', () => {
  test('a save by someone who may not publish is a draft, whatever it asks', () => {
    expect(decideWriteMode({ id: 1 }, 'updateByID', false)).toMatchObject({ draft: true, madeDraft: true })
    expect(decideWriteMode({ id: 1 }, 'updateByID', true)).toMatchObject({ draft: false, madeDraft: false })
    expect(decideWriteMode({ id: 1, draft: 'true' }, 'updateByID', false)).toMatchObject({ draft: true, madeDraft: false })
  })

  test('the copy’s date is what the sender sent back', () => {
    expect(decideWriteMode({ id: 1, data: { updatedAt: '2026-12-02T10:00:00.000Z' } }, 'updateByID', true).base).toBe(
      '2026-12-02T10:00:00.000Z',
    )
    expect(decideWriteMode({ id: 1, data: { editionEdit: { at: '2026-12-02T09:00:00.000Z' } } }, 'updateByID', true).base).toBe(
      '2026-12-02T09:00:00.000Z',
    )
    expect(decideWriteMode({ id: 1, data: { lead: 'x' } }, 'updateByID', true).base).toBeNull()
  })
})
