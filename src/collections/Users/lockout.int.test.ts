import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createStaff } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { secureCookies } from '@/utilities/secureCookies'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

async function restLogin(email: string, password: string): Promise<Response> {
  const { default: config } = await import('@payload-config')
  return handleEndpoints({
    config,
    request: new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ email, password }),
    }),
  })
}

describe('login protection', () => {
  test('five wrong passwords lock the account: even the right password is then refused', async () => {
    const user = await createStaff(t.payload, 'editor')
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await restLogin(user.email, `wrong-${attempt}`)).status).toBe(401)
    }
    // Payload answers a locked account with 401 and its own message, not the wrong-password one.
    const locked = await restLogin(user.email, 'test-password-1')
    expect(locked.status).toBe(401)
    const body = await locked.text()
    expect(body).toMatch(/locked/i)
    expect(body).not.toContain('"token"')
    const stored = await t.payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, showHiddenFields: true })
    expect(new Date(String(stored.lockUntil)).getTime()).toBeGreaterThan(Date.now() + 5 * 60 * 1000)
  })

  test('fewer than five failures do not lock, and a success resets the count', async () => {
    const user = await createStaff(t.payload, 'reporter')
    for (let attempt = 1; attempt <= 4; attempt++) await restLogin(user.email, 'wrong')
    expect((await restLogin(user.email, 'test-password-1')).status).toBe(200)
    for (let attempt = 1; attempt <= 4; attempt++) await restLogin(user.email, 'wrong')
    expect((await restLogin(user.email, 'test-password-1')).status).toBe(200)
  })

  test('the login cookie is Secure and HttpOnly in production unless SECURE_COOKIES=false', async () => {
    expect(secureCookies({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toBe(true)
    expect(secureCookies({ NODE_ENV: 'production', SECURE_COOKIES: 'false' } as NodeJS.ProcessEnv)).toBe(false)
    expect(secureCookies({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)).toBe(false)
    const user = await createStaff(t.payload, 'translator')
    const cookie = (await restLogin(user.email, 'test-password-1')).headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })
})
