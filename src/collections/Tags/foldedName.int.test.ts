import { afterAll, beforeAll, expect, test } from 'vitest'

import { createStaff, type StaffUser } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
let reporter: StaffUser

beforeAll(async () => {
  t = await startTestPayload()
  await createStaff(t.payload, 'admin') // the first account is always an admin
  reporter = await createStaff(t.payload, 'reporter')
})
afterAll(async () => t?.close())

test('the tag picker’s search ignores diacritics and finds a tag by any language’s name', async () => {
  const tag = await t.payload.create({ collection: 'tags', locale: 'vi', data: { name: 'Hà Nội' } })
  await t.payload.update({ collection: 'tags', id: tag.id, locale: 'en', data: { name: 'Hanoi capital' } })
  await t.payload.create({ collection: 'tags', locale: 'vi', data: { name: 'Nhà nước' } })
  // What the relationship picker sends: a "like" on the title field, in the admin's content language.
  const search = async (text: string) =>
    (
      await t.payload.find({
        collection: 'tags',
        locale: 'vi',
        overrideAccess: false,
        user: reporter,
        where: { name: { like: text } },
        depth: 0,
      })
    ).docs.map((doc) => doc.name)
  expect(await search('ha noi')).toEqual(['Hà Nội'])
  expect(await search('Hà Nội')).toEqual(['Hà Nội'])
  expect(await search('capital')).toEqual(['Hà Nội'])
  expect(await search('nha nuoc')).toEqual(['Nhà nước'])
})
