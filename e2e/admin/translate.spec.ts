import { expect, test } from '@playwright/test'

import { apiAs, vietnameseAdmin } from '../helpers/auth'

/**
 * The translator's desk in the Vietnamese admin: the source text beside the fields being
 * translated, what changed highlighted; and the admin speaking Vietnamese (no stray English,
 * tags found without diacritics, placement rows named by headline).
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 })

const stamp = Date.now()
const screenshots = process.env.SCREENSHOTS === '1'

const text = (value: string) => ({ type: 'text', version: 1, text: value, detail: 0, format: 0, mode: 'normal', style: '' })
const paragraph = (value: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  children: [text(value)],
})
const pullQuote = (value: string) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: `q${stamp}`, blockName: '', blockType: 'pullQuote', text: value },
})
const body = (...children: object[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })

let articleId: number
const viTitle = `Hà Nội mở tuyến buýt điện ${stamp}`

test.beforeAll(async () => {
  const editor = await apiAs('editor')
  const translator = await apiAs('translator')
  const section = ((await (await editor.get('/api/sections?limit=1&depth=0')).json()) as { docs: { id: number }[] }).docs[0].id
  const created = await editor.post('/api/articles?locale=vi', {
    data: {
      title: viTitle,
      lead: 'Sapo bản đầu.',
      section,
      body: body(paragraph('Đoạn một giữ nguyên.'), paragraph('Đoạn hai bản cũ.'), pullQuote('Lời trích dẫn.')),
      _status: 'published',
    },
  })
  expect(created.status()).toBe(201)
  articleId = ((await created.json()) as { doc: { id: number } }).doc.id
  expect((await translator.post(`/api/articles/${articleId}/translations/en/start`)).ok()).toBe(true)
  const translated = await translator.patch(`/api/articles/${articleId}?locale=en&draft=true`, {
    data: { title: `Hanoi opens an electric bus route ${stamp}`, lead: 'First lead.' },
  })
  expect(translated.ok()).toBe(true)
  // The Vietnamese desk revises the source afterwards: the English edition is now outdated.
  const revised = await editor.patch(`/api/articles/${articleId}?locale=vi&draft=true`, {
    data: {
      title: `Hà Nội mở thêm tuyến buýt điện ${stamp}`,
      body: body(paragraph('Đoạn một giữ nguyên.'), paragraph('Đoạn hai bản mới.'), pullQuote('Lời trích dẫn.')),
    },
  })
  expect(revised.ok()).toBe(true)
})

test('a translator sees the Vietnamese source beside each field, the changes since the last translation highlighted', async ({
  browser,
}) => {
  const page = await vietnameseAdmin(browser, 'translator', { viewport: { width: 1440, height: 1000 } })
  await page.goto(`/admin/collections/articles/${articleId}?locale=en`)
  await expect(page.locator('#field-title')).toHaveValue(`Hanoi opens an electric bus route ${stamp}`)

  const title = page.getByTestId('source-text-title')
  await expect(title).toContainText('Bản gốc (vi)')
  await expect(title).toContainText(`Hà Nội mở thêm tuyến buýt điện ${stamp}`)
  await expect(title.getByRole('note')).toContainText('Bản gốc đã sửa từ lần dịch trước')
  await expect(title.locator('ins')).toHaveText(['thêm '])

  const paragraphs = page.getByTestId('source-text-body').locator('li')
  await expect(paragraphs).toHaveText(['Đoạn một giữ nguyên.', 'Đoạn hai bản cũ.mới.', 'Lời trích dẫn.'])
  await expect(paragraphs.nth(1).locator('del')).toHaveText('cũ.')
  await expect(paragraphs.nth(1).locator('ins')).toHaveText('mới.')
  await expect(paragraphs.nth(0).locator('ins, del')).toHaveCount(0)
  // The lead did not change: shown plainly.
  await expect(page.getByTestId('source-text-lead')).toContainText('Sapo bản đầu.')
  await expect(page.getByTestId('source-text-lead').locator('ins, del')).toHaveCount(0)
  if (screenshots) await page.screenshot({ path: 'docs/admin-guide/translate-side-by-side.png', fullPage: true })

  // On the source edition itself there is nothing beside the fields.
  await page.goto(`/admin/collections/articles/${articleId}?locale=vi`)
  await expect(page.locator('#field-title')).toHaveValue(`Hà Nội mở thêm tuyến buýt điện ${stamp}`)
  await expect(page.getByTestId('source-text-title')).toHaveCount(0)
  await page.context().close()
})

test('the Vietnamese admin has no stray English on the article list and form; editions in plain words', async ({ browser }) => {
  const page = await vietnameseAdmin(browser, 'editor', { viewport: { width: 1440, height: 1000 } })
  await page.goto(`/admin/collections/articles?limit=10&sort=-updatedAt`)
  const row = page.locator('tr', { hasText: `Hà Nội mở thêm tuyến buýt điện ${stamp}` })
  // Live, with the previous test's source change waiting as a revision.
  await expect(row.getByTestId('editions-cell')).toContainText(/vi: (đã đăng|có bản sửa chờ đăng)/)
  await expect(row.getByTestId('editions-cell')).toContainText('en: cần cập nhật')
  await expect(page.locator('thead')).not.toContainText(/\bTitle\b/)
  // The header's content-language control is named apart from the interface language.
  await expect(page.locator('body')).toContainText('Ngôn ngữ nội dung')

  await page.goto(`/admin/collections/articles/${articleId}?locale=vi`)
  await expect(page.locator('body')).not.toContainText('Remove Block')
  await expect(page.locator('body')).not.toContainText(/All Headlines|Source Fingerprint/)
  // Closed, so that it no longer holds the edition the next test edits.
  await page.context().close()
})

test('the tag picker ignores diacritics and finds a tag by its English name ("ha noi", "Ha Noi", "hà nội", "Hanoi" find "Hà Nội"); a new tag is made by its name', async ({
  browser,
}) => {
  const page = await vietnameseAdmin(browser, 'editor', { viewport: { width: 1440, height: 1000 } })
  await page.goto(`/admin/collections/articles/${articleId}?locale=vi`)
  await expect(page.getByTestId('edition-hold')).toHaveAttribute('data-state', 'mine')
  const picker = page.locator('#field-tags')
  await picker.locator('.rs__control').click()
  for (const typed of ['ha noi', 'Ha Noi', 'hà nội', 'Hanoi']) {
    await picker.locator('input').fill(typed)
    await expect(page.locator('.rs__option', { hasText: 'Hà Nội' }).first()).toBeVisible()
  }
  // Picked, it is saved on the article (the autosave) and shown as a chip.
  await page.locator('.rs__option', { hasText: 'Hà Nội' }).first().click()
  await expect(picker.locator('.relationship--multi-value-label__text', { hasText: 'Hà Nội' })).toBeVisible()
  // A tag nobody has made yet is created from what was typed, and picked.
  const fresh = `Thẻ mới ${stamp}`
  await picker.locator('.rs__control').click()
  await picker.locator('input').fill(fresh)
  await page.locator('.rs__option', { hasText: `Tạo thẻ mới "${fresh}"` }).click()
  await expect(picker.locator('.relationship--multi-value-label__text', { hasText: fresh })).toBeVisible()
  const editor = await apiAs('editor')
  await expect
    .poll(async () => {
      const doc = (await (await editor.get(`/api/articles/${articleId}?locale=vi&draft=true&depth=1`)).json()) as {
        tags?: { name: string }[]
      }
      return doc.tags?.map((tag) => tag.name)
    })
    .toEqual(expect.arrayContaining(['Hà Nội', fresh]))
  await page.context().close()
})

test('placement rows are named by the picked article’s headline, in Vietnamese', async ({ browser }) => {
  const editor = await apiAs('editor')
  const placements = (await (await editor.get('/api/placements?where[key][equals]=topStory&depth=1&locale=vi')).json()) as {
    docs: { id: number; picks?: { article: { title: string } }[] }[]
  }
  const placement = placements.docs.find((doc) => doc.picks?.length)
  expect(placement).toBeTruthy()
  const page = await vietnameseAdmin(browser, 'editor', { viewport: { width: 1440, height: 1000 } })
  await page.goto('/admin/collections/placements')
  await expect(page.locator('body')).toContainText('Tin tiêu điểm (trang chủ)')
  await expect(page.locator('body')).not.toContainText('Top story (home)')
  await page.goto(`/admin/collections/placements/${placement!.id}`)
  await expect(page.getByTestId('pick-row-label').first()).toContainText(placement!.picks![0].article.title)
  await expect(page.getByTestId('pick-row-label').first()).not.toContainText(/^Tin \d+/)
  if (screenshots) await page.screenshot({ path: 'docs/admin-guide/translate-placement-rows.png', fullPage: true })
})
