import { expect, test } from '@playwright/test'

import { logIn } from '../helpers/auth'

test('public pages carry a CSP and the common security headers', async ({ request }) => {
  for (const path of ['/vi', '/en/the-gioi', '/zh']) {
    const headers = (await request.get(path)).headers()
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    const csp = headers['content-security-policy'] ?? ''
    expect(csp, path).toContain("script-src 'self'")
    expect(csp, path).toContain("object-src 'none'")
    expect(csp, path).toContain("frame-ancestors 'self'")
    expect(headers['x-powered-by']).toBeUndefined()
  }
})

test('the admin may only be framed by itself; uploads are sandboxed', async ({ request }) => {
  const admin = (await request.get('/admin/login')).headers()
  expect(admin['content-security-policy']).toContain("frame-ancestors 'self'")
  expect(admin['x-frame-options']).toBe('SAMEORIGIN')
  const media = (await (await request.get('/api/media?limit=1&depth=0')).json()) as { docs: { url: string }[] }
  const file = (await request.get(media.docs[0].url)).headers()
  expect(file['content-security-policy']).toContain('sandbox')
  expect(file['x-content-type-options']).toBe('nosniff')
})

test('with the CSP on, the reading tools still work (the page hydrates) and the console shows no CSP violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/vi')
  await page.locator('.card__title a').first().click()
  const larger = page.locator('.reading-tools button', { hasText: 'A+' })
  await expect(larger).toBeVisible()
  const before = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--article-font-scale'))
  await larger.click()
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--article-font-scale')))
    .not.toBe(before)
  expect(violations).toEqual([])
})

test('the admin works under its headers', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await logIn(page, 'editor')
  await page.goto('/admin/collections/articles')
  await expect(page.locator('.collection-list, table').first()).toBeVisible()
  expect(violations).toEqual([])
})
