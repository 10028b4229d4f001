import { afterAll, beforeAll, expect, test } from 'vitest'

import { createStaff, type StaffUser } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
let reporter: StaffUser
let translator: StaffUser
let editor: StaffUser

beforeAll(async () => {
  t = await startTestPayload()
  await createStaff(t.payload, 'admin') // the first account is always an admin
  reporter = await createStaff(t.payload, 'reporter')
  translator = await createStaff(t.payload, 'translator')
  editor = await createStaff(t.payload, 'editor')
})
afterAll(async () => t?.close())

const createAs = (user: StaffUser, data: { name: string; user?: number }) =>
  t.payload.create({ collection: 'authors', overrideAccess: false, user, data, depth: 0 })

test('a reporter adds a byline name, and may link a byline to their own account only', async () => {
  const guest = await createAs(reporter, { name: 'Cộng tác viên Lan' })
  expect(guest.name).toBe('Cộng tác viên Lan')
  const me = await createAs(reporter, { name: reporter.name ?? 'Phóng viên', user: reporter.id })
  expect(me.user).toBe(reporter.id)
  await expect(createAs(reporter, { name: 'Người khác', user: editor.id })).rejects.toMatchObject({ status: 403 })
  await expect(createAs(translator, { name: 'Dịch giả' })).rejects.toMatchObject({ status: 403 })
  // Renaming or deleting a byline stays editorial.
  await expect(
    t.payload.update({ collection: 'authors', id: guest.id, overrideAccess: false, user: reporter, data: { name: 'Lan' } }),
  ).rejects.toMatchObject({ status: 403 })
})
