import type { SendEmailOptions } from 'payload'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { apiHandlers, type Api } from '@/testing/api'
import { createSection, createStaff, type StaffUser } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

let t: TestPayload
let api: Api
let section: number
const sent: SendEmailOptions[] = []

beforeAll(async () => {
  t = await startTestPayload()
  api = await apiHandlers()
  section = (await createSection(t.payload)).id
  // An e-mail adapter is configured: notices go out by e-mail too (captured here, nothing is sent).
  t.payload.config.email = {
    name: 'captured',
    defaultFromAddress: 'desk@test.local',
    defaultFromName: 'Desk',
  } as unknown as typeof t.payload.config.email
  vi.spyOn(t.payload, 'sendEmail').mockImplementation(async (message: SendEmailOptions) => {
    sent.push(message)
  })
})
afterAll(async () => t?.close())

async function signIn(user: StaffUser, language: string): Promise<void> {
  const response = await api.send({
    method: 'POST',
    path: '/api/users/login',
    json: { email: user.email, password: 'test-password-1' },
    headers: { 'accept-language': language },
  })
  expect(response.status).toBe(200)
}

const languageOf = async (user: StaffUser) =>
  (await t.payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, depth: 0 })).language

describe('each person’s working language', () => {
  test('follows the admin language they sign in with', async () => {
    const reporter = await createStaff(t.payload, 'reporter')
    expect(await languageOf(reporter)).toBe('vi')
    await signIn(reporter, 'en')
    expect(await languageOf(reporter)).toBe('en')
    await signIn(reporter, 'zh')
    expect(await languageOf(reporter)).toBe('zh')
  })

  test('notice e-mails are written in the recipient’s language', async () => {
    const editor = await createStaff(t.payload, 'editor')
    const reporter = await createStaff(t.payload, 'reporter')
    await signIn(editor, 'vi')
    await signIn(reporter, 'en')
    const asUser = (user: StaffUser) => ({ overrideAccess: false, user, locale: 'vi' as const, draft: true })
    const story = await t.payload.create({
      collection: 'articles',
      ...asUser(reporter),
      data: { section, title: 'Cầu Long Biên sửa xong' },
    })

    await t.payload.update({ collection: 'articles', id: story.id, ...asUser(reporter), data: { workflowState: 'in_review' } })
    const toEditor = sent.find((message) => message.to === editor.email)
    expect(toEditor?.subject).toMatch(/gửi duyệt "Cầu Long Biên sửa xong"/)

    await t.payload.update({ collection: 'articles', id: story.id, ...asUser(editor), data: { workflowState: 'draft' } })
    const toReporter = sent.find((message) => message.to === reporter.email)
    expect(toReporter?.subject).toMatch(/sent "Cầu Long Biên sửa xong" .*back/i)
  })
})
