import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { createStaff } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { secureCookies } from '@/utilities/secureCookies'
import { checkAndCount, resetThrottle, throttle } from './loginThrottle'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.close())

async function restLogin(email: string, password: string, address = '203.0.113.1', language = 'en'): Promise<Response> {
  const { default: config } = await import('@payload-config')
  return handleEndpoints({
    config,
    request: new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language, 'x-forwarded-for': address },
      body: JSON.stringify({ email, password }),
    }),
  })
}

describe('login protection', () => {
  beforeEach(() => resetThrottle())

  test('five wrong passwords slow down that address, not the account owner elsewhere', async () => {
    const user = await createStaff(t.payload, 'editor')
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await restLogin(user.email, `wrong-${attempt}`, '198.51.100.7')).status).toBe(401)
    }
    // The guesser's address is refused, even with the right password, and is told when to retry.
    const refused = await restLogin(user.email, 'test-password-1', '198.51.100.7')
    expect(refused.status).toBe(429)
    expect(await refused.text()).toMatch(/try again in \d+ minutes?/i)
    // In the language of the sign-in page.
    const refusedInVietnamese = await restLogin(user.email, 'test-password-1', '198.51.100.7', 'vi')
    expect(await refusedInVietnamese.text()).toMatch(/đăng nhập sai quá nhiều lần.*Hãy thử lại sau \d+ phút/)
    // The owner, from their own address, signs in as usual: nothing was locked.
    const owner = await restLogin(user.email, 'test-password-1', '203.0.113.50')
    expect(owner.status).toBe(200)
    // Payload's own lock is off: nothing is stored that could lock the account.
    const stored = await t.payload.findByID({ collection: 'users', id: user.id, overrideAccess: true, showHiddenFields: true })
    expect(stored).not.toHaveProperty('lockUntil')
  })

  test('an unknown e-mail gets the same answer as a wrong password', async () => {
    const user = await createStaff(t.payload, 'reporter')
    const known = await restLogin(user.email, 'wrong')
    const unknown = await restLogin('nobody-here@test.local', 'wrong')
    expect(unknown.status).toBe(known.status)
    expect(await unknown.json()).toEqual(await known.json())
  })

  test('fewer than five failures do not slow down, and a success resets the count', async () => {
    const user = await createStaff(t.payload, 'reporter')
    for (let attempt = 1; attempt <= 4; attempt++) await restLogin(user.email, 'wrong')
    expect((await restLogin(user.email, 'test-password-1')).status).toBe(200)
    for (let attempt = 1; attempt <= 4; attempt++) await restLogin(user.email, 'wrong')
    expect((await restLogin(user.email, 'test-password-1')).status).toBe(200)
  })

  test('many addresses guessing one account get one try per interval between them; the owner waits seconds, not minutes', () => {
    const start = 1_000_000
    for (let i = 0; i < throttle.accountSlowAfter; i++) checkAndCount(`192.0.2.${i}`, 'editor@paper.test', start + i)
    const now = start + throttle.accountSlowAfter
    expect(() => checkAndCount('192.0.2.200', 'editor@paper.test', now)).toThrow(/slowed down.*seconds?/)
    expect(() => checkAndCount('203.0.113.9', 'editor@paper.test', now + throttle.accountIntervalMs)).not.toThrow()
    // Another account is not affected.
    expect(() => checkAndCount('192.0.2.200', 'someone-else@paper.test', now)).not.toThrow()
  })

  test('one address guessing many accounts is refused after 30 failures', () => {
    for (let i = 0; i < throttle.perAddress; i++) checkAndCount('192.0.2.99', `user-${i}@paper.test`, 5_000_000 + i)
    expect(() => checkAndCount('192.0.2.99', 'another@paper.test', 5_000_100)).toThrow(/from your address/)
    expect(() => checkAndCount('192.0.2.99', 'another@paper.test', 5_000_000 + throttle.windowMs + 100)).not.toThrow()
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
