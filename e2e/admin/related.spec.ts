import { expect, type Locator, type Page, test } from '@playwright/test'

import { logIn } from '../helpers/auth'
import { byKey } from '../helpers/demo'

test.describe.configure({ mode: 'serial' })

const subjectKey = 'football-derby'
const subjectPath = `/vi/the-thao/${subjectKey}`
const vi = (key: string) => byKey(key).editions.vi!.title

async function articleId(page: Page, slug: string): Promise<number> {
  const response = await page.request.get(`/api/articles?where[slug][equals]=${slug}&locale=vi&depth=0&draft=true`)
  const body = (await response.json()) as { docs: { id: number }[] }
  expect(body.docs).toHaveLength(1)
  return body.docs[0].id
}

/** Types into a relationship select and picks the option with this label. */
async function choose(field: Locator, search: string, label: string) {
  await field.locator('.rs__control').click()
  await field.locator('.rs__input').fill(search)
  // The options menu may be rendered outside the field.
  await field.page().locator('.rs__option', { hasText: label }).first().click()
}

/** The "You may be interested" placements of the sports section (the demo newsroom has none). */
async function sectionPlacements(page: Page): Promise<{ id: number }[]> {
  const response = await page.request.get('/api/placements?depth=1&limit=100')
  const { docs } = (await response.json()) as { docs: { id: number; key: string; section?: { slug?: string } | null }[] }
  return docs.filter((doc) => doc.key === 'youMayBeInterested' && doc.section?.slug === 'the-thao')
}

const chips = (field: Locator) => field.locator('.relationship--multi-value-label__text')
const chipBoxes = (field: Locator) => field.locator('.rs__multi-value')

test('an editor picks, adds a suggestion and reorders related articles; the article page shows them in that order', async ({ page }) => {
  await logIn(page, 'editor')
  const id = await articleId(page, subjectKey)
  // The seeded picks come back afterwards, so the specs after this one see the demo newsroom.
  const before = ((await (await page.request.get(`/api/articles/${id}?locale=vi&depth=0`)).json()) as { related?: number[] }).related ?? []
  try {
    await page.goto(`/admin/collections/articles/${id}?locale=vi`)
    const related = page.locator('#field-related')
    await expect(chips(related)).toHaveCount(2)

    // Start over: remove the seeded picks.
    while ((await chips(related).count()) > 0) {
      await related.locator('.rs__multi-value__remove').first().click()
    }

    // Find one by its English headline while editing the Vietnamese edition, and add it.
    await page.locator('#related-search').fill('peninsula marathon')
    await page
      .getByTestId('related-search-results')
      .locator('li', { hasText: vi('marathon-danang') })
      .getByRole('button')
      .click()
    await expect(chips(related)).toHaveText([vi('marathon-danang')])

    // One click on a suggestion from the sidebar.
    const u19 = vi('u19-training-camp')
    const add = page.getByTestId('related-suggestion-list').locator('li', { hasText: u19 }).getByRole('button')
    await expect(add).toBeEnabled()
    await add.click()
    await expect(chips(related)).toHaveText([vi('marathon-danang'), u19])
    await expect(add).toBeDisabled()

    // Drag the suggestion in front of the marathon.
    const from = await chipBoxes(related).nth(1).boundingBox()
    const to = await chipBoxes(related).nth(0).boundingBox()
    if (!from || !to) throw new Error('related chips are not visible')
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2 - 10, from.y + from.height / 2, { steps: 5 })
    await page.mouse.move(to.x + 5, to.y + to.height / 2, { steps: 15 })
    await page.mouse.up()
    await expect(chips(related)).toHaveText([u19, vi('marathon-danang')])

    await page.locator('#action-save').click()
    await expect
      .poll(async () => {
        const response = await page.request.get(`/api/articles/${id}?locale=vi&depth=0`)
        return ((await response.json()) as { related?: number[] }).related
      })
      .toEqual([await articleId(page, 'u19-training-camp'), await articleId(page, 'marathon-danang')])

    // Pages are cached: seeing the new order proves publishing refreshed them.
    await expect(async () => {
      await page.goto(subjectPath)
      const titles = await page.locator('#related .card__title a').allInnerTexts()
      expect(titles.slice(0, 2)).toEqual([u19, vi('marathon-danang')])
    }).toPass({ timeout: 20_000 })
  } finally {
    const restore = { related: before, _status: 'published' }
    expect((await page.request.patch(`/api/articles/${id}?locale=vi&publishSpecificLocale=vi`, { data: restore })).status()).toBe(200)
  }
})

test('an editor fills a section placement; that section’s articles show the picks in order', async ({ page }) => {
  await logIn(page, 'editor')
  // Re-runnable on the same database: one placement per list and section is allowed.
  for (const doc of await sectionPlacements(page)) expect((await page.request.delete(`/api/placements/${doc.id}`)).status()).toBe(200)
  try {
    await page.goto('/admin/collections/placements/create')
    const picks = [vi('women-volleyball'), vi('hoi-an-lantern-festival')]
    // Rows first, on the untouched form: Payload renders a new row's fields with a server round
    // trip, and one started while another change is being processed can come back empty.
    await page.waitForLoadState('networkidle')
    for (const index of picks.keys()) {
      await page.locator('#field-picks .array-field__add-row').click()
      await expect(page.locator(`#field-picks__${index}__article .rs__control`)).toBeVisible()
    }
    await page.locator('#field-key .rs__control').click()
    await page.locator('.rs__option', { hasText: /You may be interested|Có thể bạn quan tâm|您可能感兴趣/ }).click()
    await choose(page.locator('#field-section'), 'Thể thao', 'Thể thao')
    for (const [index, title] of picks.entries()) {
      const field = page.locator(`#field-picks__${index}__article`)
      await choose(field, title.split(' ').slice(0, 3).join(' '), title)
      await expect(field.locator('.relationship--single-value, .rs__single-value').first()).toContainText(title)
    }
    await page.locator('#action-save').click()
    await expect(page).toHaveURL(/\/admin\/collections\/placements\/\d+/)

    await expect(async () => {
      await page.goto(subjectPath)
      const titles = await page.locator('#you-may-be-interested .card__title a').allInnerTexts()
      expect(titles.slice(0, 2)).toEqual(picks)
    }).toPass({ timeout: 20_000 })
    // The section's own page shows them too.
    await page.goto('/vi/the-thao')
    expect((await page.locator('#you-may-be-interested .card__title a').allInnerTexts()).slice(0, 2)).toEqual(picks)
    // Another section keeps the site-wide list.
    await page.goto(`/vi/cong-nghe/${'digital-id-rollout'}`)
    await expect(page.locator('#you-may-be-interested .card__title a').first()).not.toHaveText(picks[0])
  } finally {
    // The section goes back to the site-wide list for the specs after this one.
    const created = await sectionPlacements(page)
    for (const doc of created) expect((await page.request.delete(`/api/placements/${doc.id}`)).status()).toBe(200)
  }
})

test('editors see views per article (24 h / 7 d) on the article and in the list, fetched once per list page', async ({ page, request }) => {
  await logIn(page, 'editor')
  const id = await articleId(page, 'heatwave-north')
  const browser = 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'
  // Three readers (a view counts once per reader and article per hour: the same reader again does not add one).
  for (let i = 0; i < 3; i++) {
    const reader = { 'user-agent': browser, 'x-forwarded-for': `198.51.100.${10 + i}` }
    expect((await request.get(`/api/pv?a=${id}&l=vi`, { headers: reader })).status()).toBe(200)
    expect((await request.get(`/api/pv?a=${id}&l=vi`, { headers: reader })).status()).toBe(200)
  }
  // A bot is answered but not counted.
  await request.get(`/api/pv?a=${id}&l=vi`, { headers: { 'user-agent': 'Googlebot/2.1' } })

  // Counts are written in batches every two seconds.
  await expect(async () => {
    await page.goto(`/admin/collections/articles/${id}`)
    await expect(page.getByTestId('article-views').locator('[data-views="day"]')).toHaveText('3', { timeout: 2000 })
  }).toPass({ timeout: 20_000 })
  await expect(page.getByTestId('article-views').locator('[data-views="week"]')).toHaveText('3')

  const countRequests: string[] = []
  page.on('request', (req) => {
    if (req.url().includes('/api/articles/view-counts')) countRequests.push(req.url())
  })
  // The list opens last edited first; this article is found by its id whatever other specs created.
  await page.goto(`/admin/collections/articles?limit=25&where[id][equals]=${id}`)
  await expect(page.locator(`[data-article-views="${id}"]`)).toHaveText('3 / 3')
  await expect(page.locator('[data-article-views]').first()).not.toHaveText('…')
  expect(countRequests).toHaveLength(1)
})
