import { describe, expect, test } from 'vitest'

import { perEditionValues, sharedValues } from './editionOwnFieldsMongo'

class ObjectIdLike {
  constructor(readonly hex: string) {}
}

describe('MongoDB: hero photo, source and related become each edition’s own', () => {
  test('the stored shared value is copied into every edition the article has', () => {
    const photo = new ObjectIdLike('65a1')
    const stored = {
      title: { vi: 'Cống Rạch Sen', en: 'Rach Sen sluice' },
      heroImage: photo,
      source: { outlet: 'Vietnam+', url: 'https://example.org/a' },
      related: ['a1', 'a2'],
      tags: ['t1'],
    }
    expect(perEditionValues(stored)).toEqual({
      heroImage: { vi: photo, en: photo },
      source: { vi: { outlet: 'Vietnam+', url: 'https://example.org/a' }, en: { outlet: 'Vietnam+', url: 'https://example.org/a' } },
      related: { vi: ['a1', 'a2'], en: ['a1', 'a2'] },
    })
    expect(perEditionValues({ title: { vi: 'x' }, heroImage: null }, 'version.')).toEqual({ 'version.heroImage': { vi: null } })
  })

  test('values already per edition are left alone, so running it twice changes nothing', () => {
    const done = { title: { vi: 'x', en: 'y' }, heroImage: { vi: 1, en: 2 }, source: { en: { outlet: 'NDO' } }, related: { vi: [3] } }
    expect(perEditionValues(done)).toBeUndefined()
  })

  test('rolled back, the shared value is the Vietnamese edition’s', () => {
    expect(sharedValues({ heroImage: { vi: 1, en: 2 }, related: { en: [3] } })).toEqual({ heroImage: 1, related: null })
  })
})
