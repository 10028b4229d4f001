import { afterAll, beforeAll, expect, test } from 'vitest'

import { createStaff, expectForbidden } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

test('the first account of a new newsroom is an admin, whatever role it asked for', async () => {
  const first = await t.payload.create({
    collection: 'users',
    data: { email: 'first@test.local', password: 'test-password-1', name: 'First', role: 'reporter' },
  })
  expect(first.role).toBe('admin')
  const second = await createStaff(t.payload, 'reporter')
  expect(second.role).toBe('reporter')
})

test('the public cannot list users or see their e-mails', async () => {
  await expectForbidden(t.payload.find({ collection: 'users', overrideAccess: false }))
})

test('nobody but an admin hands out roles', async () => {
  const reporter = await createStaff(t.payload, 'reporter')
  const updated = await t.payload.update({
    collection: 'users',
    id: reporter.id,
    overrideAccess: false,
    user: reporter,
    data: { role: 'admin', name: 'Renamed' },
  })
  expect(updated.role).toBe('reporter')
  expect(updated.name).toBe('Renamed')
  const admin = await createStaff(t.payload, 'admin')
  const promoted = await t.payload.update({
    collection: 'users',
    id: reporter.id,
    overrideAccess: false,
    user: admin,
    data: { role: 'editor' },
  })
  expect(promoted.role).toBe('editor')
})

test('authors are public bylines without the linked login', async () => {
  const reporter = await createStaff(t.payload, 'reporter')
  await t.payload.create({ collection: 'authors', data: { name: 'Hoàng Lan', user: reporter.id } })
  const result = await t.payload.find({ collection: 'authors', overrideAccess: false, depth: 1 })
  expect(result.docs[0].name).toBe('Hoàng Lan')
  expect(result.docs[0].slug).toBe('hoang-lan')
  expect(result.docs[0]).not.toHaveProperty('user')
  expect(JSON.stringify(result.docs)).not.toContain('@test.local')
})
