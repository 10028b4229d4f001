import { expect, test } from '@playwright/test'

/**
 * "Most read" counts pages readers opened. Links on the home page are prefetched; before the
 * fix each prefetched article's view beacon was preloaded, and counted, for pages nobody opened.
 */
test('the home page loads no view beacon; opening an article loads exactly its own', async ({ page }) => {
  const beacons: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/pv') beacons.push(request.url())
  })
  await page.goto('/vi')
  // Bring every link into view, so Next prefetches the articles they lead to.
  for (let y = 0; y < 8; y++) {
    await page.mouse.wheel(0, 1200)
    await page.waitForLoadState('networkidle')
  }
  expect(beacons).toEqual([])

  await page.evaluate(() => window.scrollTo(0, 0))
  const href = await page
    .locator('main a[href^="/vi/"]')
    .evaluateAll((links) =>
      links
        .map((link) => link.getAttribute('href') ?? '')
        .find((value) => value.split('/').length === 4 && !/\/(tag|author)\//.test(value)),
    )
  expect(href).toBeTruthy()
  await page.locator(`main a[href="${href}"]`).first().click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect.poll(() => beacons.length).toBe(1)
  expect(beacons[0]).toContain('/api/pv?a=')
})
