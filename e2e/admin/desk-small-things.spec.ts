import { expect, test, type APIRequestContext, type Page } from '@playwright/test'

import { apiAs, vietnameseAdmin } from '../helpers/auth'
import { dayFirst, typeDate } from '../helpers/dates'
import { firstSection } from '../helpers/demo'

/**
 * Small things that cost a desk time, walked in the Vietnamese admin: a top story without a hero
 * photo is flagged; "Thêm tôi vào tác giả" puts the reporter on the byline; Publish is offered after
 * an autosaved correction without a reload; a schedule typed day first in the past is refused on
 * its field.
 */
test.describe.configure({ timeout: 120_000 })

const stamp = Date.now()

type Doc = { id: number; title?: string; lead?: string; slug?: string; workflowState?: string; _status?: string; authors?: number[] }

/** An article written over the API by `api`'s person, in Vietnamese, a draft unless `published`. */
async function article(api: APIRequestContext, title: string, published = false): Promise<Doc> {
  const section = await firstSection(api)
  const created = await api.post(`/api/articles?locale=vi${published ? '' : '&draft=true'}`, {
    data: { title, lead: 'Sapo bản đầu.', section: section.id, _status: published ? 'published' : 'draft' },
  })
  expect(created.status()).toBe(201)
  return ((await created.json()) as { doc: Doc }).doc
}

const read = async (api: APIRequestContext, id: number): Promise<Doc> =>
  (await (await api.get(`/api/articles/${id}?locale=vi&draft=true&depth=0`)).json()) as Doc

const autosaved = (page: Page, id: number) =>
  page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().includes(`/api/articles/${id}?`) &&
      response.url().includes('autosave=true'),
  )

test('an article chosen as the home’s top story without a hero photo is flagged to the editor', async ({ browser }) => {
  const editorApi = await apiAs('editor')
  const story = await article(editorApi, `Tin không ảnh ${stamp}`, true)
  const placements = (await (
    await editorApi.get('/api/placements?depth=0&where[key][equals]=topStory&where[section][exists]=false&limit=1')
  ).json()) as { docs: { id: number; picks?: unknown[] }[] }
  const topStory = placements.docs[0]
  expect(topStory).toBeTruthy()

  const page = await vietnameseAdmin(browser, 'editor')
  await page.goto(`/admin/collections/placements/${topStory.id}`)
  const rows = page.getByTestId('pick-row-label')
  const before = topStory.picks?.length ?? 0
  await expect(rows).toHaveCount(before)
  await page.locator('#field-picks .array-field__add-row').click()
  await expect(rows).toHaveCount(before + 1)
  const picker = page.locator(`#field-picks__${before}__article`)
  await picker.locator('.rs__control').click()
  await picker.locator('input').fill(String(stamp))
  await page.locator('.rs__option', { hasText: story.title! }).click()
  // Flagged on its row, before anything is saved: the home page would leave a large gap.
  const row = rows.filter({ hasText: story.title! })
  await expect(row.getByTestId('pick-no-hero')).toHaveText('⚠ chưa có ảnh đại diện (vi)')
  await expect(row.getByTestId('pick-no-hero')).toHaveAttribute('title', /Tin tiêu điểm cần ảnh/)
  await page.context().close()
  await editorApi.dispose()
})

test('"Thêm tôi vào tác giả": a reporter adds themself to the byline; with a byline already, it is the one selected', async ({
  browser,
}) => {
  const reporterApi = await apiAs('reporter')
  const me = ((await (await reporterApi.get('/api/users/me')).json()) as { user: { id: number; name: string } }).user
  const first = await article(reporterApi, `Bài có tên tôi ${stamp}`)
  const second = await article(reporterApi, `Bài thứ hai có tên tôi ${stamp}`)
  const myBylines = async () =>
    ((await (await reporterApi.get(`/api/authors?where[user][equals]=${me.id}&depth=0`)).json()) as { docs: { id: number }[] }).docs

  const page = await vietnameseAdmin(browser, 'reporter')
  for (const doc of [first, second]) {
    await page.goto(`/admin/collections/articles/${doc.id}?locale=vi`)
    // The form is live (it holds the edition for this person) before the button is pressed.
    await expect(page.getByTestId('edition-hold')).toHaveAttribute('data-state', 'mine')
    const saved = autosaved(page, doc.id)
    await page.getByTestId('byline-me').click()
    await expect(page.getByTestId('byline-me')).toHaveText(`Thêm tôi vào tác giả (${me.name})`)
    await expect(page.locator('#field-authors .relationship--multi-value-label__text', { hasText: me.name })).toBeVisible()
    expect((await saved).status()).toBe(200)
    const bylines = await myBylines()
    // One byline profile for the person, made on first use and selected every time after.
    expect(bylines).toHaveLength(1)
    await expect.poll(async () => (await read(reporterApi, doc.id)).authors).toEqual([bylines[0].id])
  }
  await page.context().close()
  await reporterApi.dispose()
})

test('Publish is offered after an autosaved correction, without a reload, and the site shows the correction', async ({ browser }) => {
  const editorApi = await apiAs('editor')
  const story = await article(editorApi, `Tin sẽ đính chính ${stamp}`, true)
  const section = await firstSection(editorApi)
  const livePath = `/vi/${section.slug}/${story.slug}`
  const corrected = `Sapo đã đính chính ${stamp}.`

  const page = await vietnameseAdmin(browser, 'editor')
  await page.goto(`/admin/collections/articles/${story.id}?locale=vi`)
  await expect(page.locator('#field-lead')).toHaveValue('Sapo bản đầu.')
  const saved = autosaved(page, story.id)
  await page.locator('#field-lead').fill(corrected)
  expect((await saved).status()).toBe(200)
  // No reload: Payload's publish button and the workflow's "Đăng bản này" are both offered.
  await expect(page.locator('#action-save')).toBeEnabled()
  const publish = page.getByTestId('workflow-control').getByRole('button', { name: 'Đăng bản này', exact: true })
  await expect(publish).toBeEnabled()
  await publish.click()
  await expect
    .poll(async () => {
      const live = (await (await editorApi.get(`/api/articles/${story.id}?locale=vi&depth=0`)).json()) as Doc
      return live.lead
    })
    .toBe(corrected)
  await expect.poll(async () => (await page.request.get(livePath)).text(), { timeout: 30_000 }).toContain(corrected)
  await page.context().close()
  await editorApi.dispose()
})

test('a schedule typed day first in the past is refused on "Hẹn giờ đăng lúc", in Vietnamese', async ({ browser }) => {
  const editorApi = await apiAs('editor')
  const story = await article(editorApi, `Tin hẹn giờ đã qua ${stamp}`)
  const page = await vietnameseAdmin(browser, 'editor')
  await page.goto(`/admin/collections/articles/${story.id}?locale=vi`)
  await expect(page.getByTestId('edition-hold')).toHaveAttribute('data-state', 'mine')
  await page.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).click()
  const yesterday = new Date(Date.now() - 86_400_000)
  yesterday.setSeconds(0, 0)
  await typeDate(page, 'scheduledFor', dayFirst(yesterday))
  await expect(page.locator('#field-scheduledFor .field-error')).toHaveText('Giờ hẹn đăng đã qua. Hãy chọn một thời điểm trong tương lai.')
  // Nothing was scheduled.
  expect((await read(editorApi, story.id)).workflowState).toBe('draft')
  await page.context().close()
  await editorApi.dispose()
})
