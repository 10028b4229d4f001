import { expect, test } from '@playwright/test'

import { demoAccount, logIn, type DemoRole } from '../helpers/auth'

for (const role of ['admin', 'editor', 'reporter', 'translator'] as DemoRole[]) {
  test(`the demo ${role} can log in to the admin`, async ({ page }) => {
    await logIn(page, role)
    await expect(page.getByRole('link', { name: /articles|bài viết/i }).first()).toBeVisible()
    await page.goto('/admin/account')
    await expect(page.locator('#field-email')).toHaveValue(demoAccount(role).email)
  })
}

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(demoAccount('editor').email)
  await page.locator('#field-password').fill('not-the-password')
  await page.locator('button[type="submit"]').click()
  await expect(page.getByText(/incorrect|không chính xác|不正确/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})
