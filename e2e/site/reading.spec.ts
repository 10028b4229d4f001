import { expect, test } from '@playwright/test'

test('/ leads to the Vietnamese edition', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/vi$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi-VN')
})

for (const [locale, lang] of [
  ['vi', 'vi-VN'],
  ['en', 'en'],
  ['zh', 'zh-CN'],
] as const) {
  test(`/${locale} lists published articles that open in full`, async ({ page }) => {
    await page.goto(`/${locale}`)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    const cards = page.locator('.card__title a')
    expect(await cards.count()).toBeGreaterThan(3)
    const text = await page.locator('main').innerText()
    expect(text).not.toMatch(/Bản nháp|Translation in progress|undefined|null|\[object Object\]/)
    const title = (await cards.first().innerText()).trim()
    await cards.first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.locator('.article__lead')).not.toBeEmpty()
  })
}

test('an unknown article is a 404', async ({ page }) => {
  const response = await page.goto('/vi/thoi-su/khong-co-bai-nay')
  expect(response?.status()).toBe(404)
})
