import { expect, type Page, test } from '@playwright/test'

import { logIn } from '../helpers/auth'

/** Starts a new article and fills what publication needs: headline, lead, section. */
async function writeArticle(page: Page, title: string) {
  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-lead').fill(`Sapo của bài "${title}".`)
  await page.locator('#field-section .rs__control').click()
  await page.locator('.rs__option').first().click()
  // Autosave creates the draft and moves to its edit URL.
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/)
}

test('an editor writes and publishes an article, and readers see it', async ({ page }) => {
  const title = `Tin thử nghiệm của biên tập viên ${Date.now()}`
  await logIn(page, 'editor')
  await writeArticle(page, title)
  const publish = page.locator('#action-save')
  await expect(publish).toBeEnabled()
  await publish.click()
  await expect(page.locator('.doc-controls__status')).toContainText(/published|đã xuất bản|已发布/i)

  await page.goto('/vi')
  // Pages are cached: seeing it at once proves publishing refreshed them.
  const link = page.getByRole('link', { name: title }).first()
  await expect(link).toBeVisible()
  await link.click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  // Not published in English: the English home does not list it.
  await page.goto('/en')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
})

test('a reporter can save a draft but is offered no way to publish it', async ({ page }) => {
  const title = `Bài nháp của phóng viên ${Date.now()}`
  await logIn(page, 'reporter')
  await writeArticle(page, title)
  await expect(page.locator('#action-save')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^publish|xuất bản|发布/i })).toHaveCount(0)

  const id = page.url().match(/articles\/(\d+)/)?.[1]
  // Even straight through the API, with the reporter's session, publishing is refused.
  const response = await page.request.patch(`/api/articles/${id}?locale=vi&publishSpecificLocale=vi`, {
    data: { _status: 'published' },
  })
  expect(response.status()).toBe(403)

  await page.goto('/vi')
  await expect(page.getByRole('link', { name: title })).toHaveCount(0)
})
