import { describe, expect, test } from 'vitest'

import { anyRelationId, parseDocId, relationId, sameDocId } from './docId'

describe('document ids work on both adapters', () => {
  test('a relationship gives its id, populated or not, integer or ObjectId', () => {
    expect(relationId(7)).toBe(7)
    expect(relationId({ id: 7 })).toBe(7)
    const objectId = '65a1b2c3d4e5f60718293a4b' as unknown as number
    expect(relationId(objectId)).toBe(objectId)
    expect(relationId({ id: objectId })).toBe(objectId)
    expect(relationId(null)).toBeUndefined()
  })

  test('ids from URLs: integers and ObjectIds are accepted, anything else is not', () => {
    expect(parseDocId('42')).toBe(42)
    expect(parseDocId('65A1B2C3D4E5F60718293A4B')).toBe('65a1b2c3d4e5f60718293a4b')
    for (const bad of [
      '',
      '0',
      '-1',
      '9999999999999999',
      '1.5',
      '1e3',
      'abc',
      '65a1b2c3d4e5f60718293a4',
      "1' OR 1=1",
      '9'.repeat(40),
      null,
    ]) {
      expect(parseDocId(bad)).toBeUndefined()
    }
  })

  test('ids that arrive as numbers (list rows, route params) are checked the same way', () => {
    expect(parseDocId(42)).toBe(42)
    for (const bad of [0, -3, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2, undefined, {}, [7]]) {
      expect(parseDocId(bad)).toBeUndefined()
    }
  })

  test('two ids name the same document whatever form they come in', () => {
    expect(sameDocId(7, '7')).toBe(true)
    expect(sameDocId('65A1B2C3D4E5F60718293A4B', '65a1b2c3d4e5f60718293a4b')).toBe(true)
    expect(sameDocId(7, 8)).toBe(false)
    expect(sameDocId('65a1b2c3d4e5f60718293a4b', '65a1b2c3d4e5f60718293a4c')).toBe(false)
    expect(sameDocId(undefined, undefined)).toBe(false)
  })
})

test('anyRelationId reads the id of a plain, populated or admin ({ relationTo, value }) relationship value', () => {
  expect(anyRelationId(7)).toBe(7)
  expect(anyRelationId('65a1f0c2b3d4e5f601234567')).toBe('65a1f0c2b3d4e5f601234567')
  expect(anyRelationId({ id: 7, title: 'x' })).toBe(7)
  expect(anyRelationId({ relationTo: 'articles', value: 7 })).toBe(7)
  expect(anyRelationId({ relationTo: 'articles', value: { id: 7 } })).toBe(7)
  expect(anyRelationId(null)).toBeUndefined()
  expect(anyRelationId({ title: 'no id' })).toBeUndefined()
})
