import { expect, type Page, test } from '@playwright/test'

import { byKey, demoArticles, hiddenTitles, isPublic, relatedOf, withPicks, type DemoLocale } from '../helpers/demo'

const locales: DemoLocale[] = ['vi', 'en', 'zh']

/** Opens a demo article through the site, as a reader would: from its headline on the home page or its section. */
async function openArticle(page: Page, locale: DemoLocale, key: string) {
  const article = byKey(key)
  const title = article.editions[locale]?.title ?? ''
  await page.goto(`/${locale}/${article.section}`)
  let link = page.getByRole('link', { name: title, exact: true }).first()
  if ((await link.count()) === 0) {
    await page.goto(`/${locale}/tag/${article.tags[0]}`)
    link = page.getByRole('link', { name: title, exact: true }).first()
  }
  await link.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
}

for (const locale of locales) {
  test.describe(`article page in ${locale}`, () => {
    const subject = withPicks(locale)[0]

    test('shows every part and every widget, with editors’ related picks first and in order', async ({ page }) => {
      await openArticle(page, locale, subject.key)
      await expect(page.locator('.article__lead')).toHaveText(subject.editions[locale]?.lead ?? '')
      await expect(page.locator('.article__date time').first()).toHaveAttribute('datetime', /\d{4}-\d\d-\d\dT/)
      // A real description in the reader's language, never a file name or slug.
      await expect(page.locator('.article .photo img').first()).toHaveAttribute('alt', /^(?![a-z0-9-]+(\.\w+)?$).{6,}/)
      await expect(page.locator('.byline__authors a').first()).toHaveAttribute('href', new RegExp(`^/${locale}/author/`))

      const expectedPicks = relatedOf(subject, locale)
        .filter((key) => isPublic(byKey(key), locale))
        .map((key) => byKey(key).editions[locale]?.title)
      const related = page.locator('#related .card__title a')
      const shown = await related.allInnerTexts()
      expect(shown.slice(0, expectedPicks.length)).toEqual(expectedPicks)
      expect(shown).not.toContain(subject.editions[locale]?.title)
      expect(new Set(shown).size).toBe(shown.length)

      for (const id of ['#latest-most-read', '#you-may-be-interested', '#recommended']) {
        await expect(page.locator(id)).toBeVisible()
      }
      await expect(page.locator('#newer, #other').first()).toBeVisible()
      const everyWidgetTitle = await page.locator('.article-widgets .card__title a, .with-aside__aside .card__title a').allInnerTexts()
      for (const hidden of hiddenTitles(locale)) expect(everyWidgetTitle).not.toContain(hidden)
      expect(everyWidgetTitle.filter((title) => title === subject.editions[locale]?.title)).toEqual([])
    })
  })
}

test('the language switcher leads to the same article in another language, or to that language’s home', async ({ page }) => {
  const translated = withPicks('en').find((article) => isPublic(article, 'zh')) ?? withPicks('en')[0]
  await openArticle(page, 'vi', translated.key)
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\//)
  await page.locator('.language-switcher').getByRole('link', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translated.editions.en?.title ?? '')

  const viOnly = demoArticles.find((article) => isPublic(article, 'vi') && !article.editions.en)!
  await openArticle(page, 'vi', viOnly.key)
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0)
  await expect(page.locator('.language-switcher').getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en')
})

test('an English translation in progress is never linked from the Vietnamese edition', async ({ page }) => {
  const inProgress = demoArticles.find((article) => isPublic(article, 'vi') && article.editions.en?.status === 'draft')!
  await openArticle(page, 'vi', inProgress.key)
  await expect(page.locator('.language-switcher').getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en')
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0)
})

test('the text size chosen with A+ is kept on the next article, without a jump', async ({ page }) => {
  const [first, second] = withPicks('vi')
  await openArticle(page, 'vi', first.key)
  const before = await page.locator('.article-body').evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click()
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click()
  const after = await page.locator('.article-body').evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  expect(after).toBeGreaterThan(before)
  await openArticle(page, 'vi', second.key)
  // Read before any script of the page runs its effects: the size is already applied by the head script.
  const onArrival = await page.locator('.article-body').evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
  expect(onArrival).toBeCloseTo(after, 0)
  await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click()
  await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click()
  expect(await page.locator('.article-body').evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeCloseTo(before, 0)
})

test('printing shows the article only', async ({ page }) => {
  await openArticle(page, 'vi', withPicks('vi')[0].key)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.article__title')).toBeVisible()
  await expect(page.locator('.article-body')).toBeVisible()
  for (const selector of ['.site-header', '.site-footer', '.article-widgets', '.with-aside__aside', '.reading-tools', '.breadcrumb']) {
    await expect(page.locator(selector).first()).toBeHidden()
  }
})

test('Latest / Most read are keyboard-operable tabs', async ({ page }) => {
  await page.goto('/vi')
  const tabs = page.locator('#latest-most-read [role="tab"]')
  await expect(tabs).toHaveCount(2)
  await tabs.first().focus()
  await page.keyboard.press('ArrowRight')
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(tabs.nth(1)).toBeFocused()
  await expect(page.locator('#latest-most-read [role="tabpanel"]').nth(0)).toBeHidden()
  await expect(page.locator('#latest-most-read [role="tabpanel"]').nth(1)).toBeVisible()
})

test('a 404 speaks the reader’s language', async ({ page }) => {
  const response = await page.goto('/en/no-such-section/no-such-article')
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await page.goto('/zh/no-such-section')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面未找到')
})
