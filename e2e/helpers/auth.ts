import { readFileSync } from 'node:fs'
import path from 'node:path'

import {
  expect,
  request as requestContext,
  type APIRequestContext,
  type Browser,
  type BrowserContextOptions,
  type Page,
} from '@playwright/test'

import { baseURL } from '../../playwright.config'

export type DemoRole = 'admin' | 'editor' | 'reporter' | 'translator'
type DemoAccount = { email: string; password: string; name: string; role: DemoRole }

const accounts: DemoAccount[] = JSON.parse(readFileSync(path.join(process.cwd(), 'src/seed/demoUsers.json'), 'utf8'))

export function demoAccount(role: DemoRole): DemoAccount {
  const account = accounts.find((a) => a.role === role)
  if (!account) throw new Error(`no demo account for ${role}`)
  return account
}

/** A REST client signed in as the demo account of `role` (Payload's login cookie); dispose() it when done. */
export async function apiAs(role: DemoRole): Promise<APIRequestContext> {
  const context = await requestContext.newContext({ baseURL })
  const { email, password } = demoAccount(role)
  expect((await context.post('/api/users/login', { data: { email, password } })).ok()).toBe(true)
  return context
}

/** Logs in through the admin's own form, as a person would. */
export async function logIn(page: Page, role: DemoRole): Promise<void> {
  const { email, password } = demoAccount(role)
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/**
 * A person's own browser with the admin in Vietnamese, logged in: the browser asks for Vietnamese
 * and the admin language they chose is in Payload's cookie, as its account settings keep it.
 */
export async function vietnameseAdmin(browser: Browser, role: DemoRole, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', ...options })
  await context.addCookies([{ name: 'payload-lng', value: 'vi', url: baseURL }])
  const page = await context.newPage()
  await logIn(page, role)
  return page
}
