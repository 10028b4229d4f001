import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test'

import { apiAs, demoAccount, logIn, type DemoRole } from '../helpers/auth'

/**
 * A desk on one story at once: a reporter or editor on the Vietnamese edition, a translator on
 * the English one, each in their own browser. Nobody's saved work is overwritten by someone
 * else's older copy, and nobody without publish rights changes what the public reads.
 * Each test makes the article it needs through the API, as an editor.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 })

type Doc = {
  id: number
  title?: string | null
  lead?: string | null
  tags?: number[]
  authors?: number[]
  section?: number
  slug?: string
  updatedAt?: string
}
type Ids = { section: number; otherSection: number; tags: number[]; author: number; photo: number }

const stamp = Date.now()
let editorApi: APIRequestContext
let ids: Ids

async function firstIds(api: APIRequestContext, collection: string, count: number): Promise<number[]> {
  const response = await api.get(`/api/${collection}?limit=${count}&depth=0&sort=id`)
  return ((await response.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id)
}

async function staffPage(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await logIn(page, role)
  return page
}

async function read(api: APIRequestContext, id: number, locale: 'vi' | 'en'): Promise<Doc> {
  const response = await api.get(`/api/articles/${id}?draft=true&locale=${locale}&fallback-locale=none&depth=0`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as Doc
}

/** A Vietnamese article with its shared fields, saved twice (its first version is bare), optionally live. */
async function makeArticle(title: string, live: boolean): Promise<Doc> {
  const created = await editorApi.post('/api/articles?draft=true&locale=vi', {
    data: { title: `${title} (bản đầu)`, section: ids.section, _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: Doc }
  const filled = await editorApi.patch(`/api/articles/${doc.id}?draft=true&locale=vi`, {
    data: { title, lead: `Sapo: ${title}`, tags: [ids.tags[0]], authors: [ids.author] },
  })
  expect(filled.ok()).toBe(true)
  if (live) {
    const published = await editorApi.patch(`/api/articles/${doc.id}?locale=vi`, { data: { _status: 'published' } })
    expect(published.ok()).toBe(true)
  }
  return read(editorApi, doc.id, 'vi')
}

/** Waits for the form's autosave to reach the server. */
const autosaved = (page: Page, id: number, locale: string) =>
  page.waitForResponse(
    (response) =>
      response.request().method() === 'PATCH' &&
      response.url().includes(`/api/articles/${id}?`) &&
      response.url().includes(`locale=${locale}`),
  )

test.beforeAll(async () => {
  editorApi = await apiAs('editor')
  const [section, otherSection] = await firstIds(editorApi, 'sections', 2)
  ids = {
    section,
    otherSection,
    tags: await firstIds(editorApi, 'tags', 2),
    author: (await firstIds(editorApi, 'authors', 1))[0],
    photo: (await firstIds(editorApi, 'media', 1))[0],
  }
})
test.afterAll(async () => editorApi?.dispose())

test('a translator opening an edition never started sees the article as it is, and typing keeps every shared field', async ({
  browser,
}) => {
  const doc = await makeArticle(`Bản chưa dịch ${stamp}`, false)
  const translator = await staffPage(browser, 'translator')
  await translator.goto('/admin/translations')
  await translator.locator(`tr[data-article="${doc.id}"][data-locale="en"]`).getByRole('link').click()
  await expect(translator).toHaveURL(new RegExp(`/articles/${doc.id}.*locale=en`))
  // The sidebar shows the article's section, tags and byline, not its bare first save.
  await expect(translator.locator('#field-tags .relationship--multi-value-label__text')).toHaveCount(1)
  await expect(translator.locator('#field-authors .relationship--multi-value-label__text')).toHaveCount(1)

  const saved = autosaved(translator, doc.id!, 'en')
  await translator.locator('#field-title').fill(`Never started ${stamp}`)
  expect((await saved).status()).toBe(200)
  const vi = await read(editorApi, doc.id, 'vi')
  expect({ tags: vi.tags, authors: vi.authors, section: vi.section }).toEqual({
    tags: [ids.tags[0]],
    authors: [ids.author],
    section: ids.section,
  })
  expect((await read(editorApi, doc.id, 'en')).title).toBe(`Never started ${stamp}`)
  await translator.context().close()
})

test('an editor on the Vietnamese edition and a translator on the English one work at once; neither undoes the other', async ({
  browser,
}) => {
  const doc = await makeArticle(`Hai bàn một bài ${stamp}`, true)
  const translator = await staffPage(browser, 'translator')
  await translator.goto(`/admin/collections/articles/${doc.id}?locale=en`)
  await expect(translator.locator('#field-title')).toBeVisible()

  // Meanwhile the editor adds a tag to the Vietnamese edition, in the admin.
  const editor = await staffPage(browser, 'editor')
  await editor.goto(`/admin/collections/articles/${doc.id}?locale=vi`)
  const tags = editor.locator('#field-tags')
  await tags.locator('.rs__control').click()
  const editorSaved = autosaved(editor, doc.id!, 'vi')
  await editor.locator('.rs__option').first().click()
  expect((await editorSaved).status()).toBe(200)
  await expect.poll(async () => (await read(editorApi, doc.id, 'vi')).tags?.length).toBe(2)

  // The translator's page, open since before the tag was added, autosaves its lead.
  const translatorSaved = autosaved(translator, doc.id!, 'en')
  await translator.locator('#field-title').fill(`Two desks ${stamp}`)
  await translator.locator('#field-lead').fill('A lead written while the editor worked')
  expect((await translatorSaved).status()).toBe(200)
  await expect.poll(async () => (await read(editorApi, doc.id, 'en')).lead).toBe('A lead written while the editor worked')
  expect((await read(editorApi, doc.id, 'vi')).tags).toHaveLength(2)
  await expect(translator.getByTestId('edition-hold')).toHaveAttribute('data-state', 'mine')
  await expect(editor.getByTestId('edition-hold')).toHaveAttribute('data-state', 'mine')
  await translator.context().close()
  await editor.context().close()
})

test('a translator and a reporter cannot change the live article through the API; photos on live pages are editors’ to change', async ({
  page,
}) => {
  const doc = await makeArticle(`Bài đang đăng ${stamp}`, true)
  const livePath = `/vi/${(await (await editorApi.get(`/api/sections/${ids.section}?depth=0`)).json()).slug}/${doc.slug}`
  const before = await (await page.request.get(livePath)).text()
  expect(before).toContain(doc.title!)

  const translator = await apiAs('translator')
  const shared = {
    section: ids.otherSection,
    authors: [],
    tags: [ids.tags[1]],
    publishedAt: '2020-01-01T00:00:00.000Z',
    source: { outlet: 'Evil', url: 'https://evil.example' },
  }
  const translated = await translator.patch(`/api/articles/${doc.id}?locale=en`, { data: { title: `Live ${stamp}`, ...shared } })
  expect(translated.status()).toBe(400)
  const named = JSON.stringify(await translated.json())
  for (const field of ['section', 'authors', 'tags', 'publishedAt']) expect(named, named).toContain(`"path":"${field}"`)

  const reporter = await apiAs('reporter')
  const edited = await reporter.patch(`/api/articles/${doc.id}?locale=vi`, { data: { title: `Sửa lén ${stamp}` } })
  expect(edited.status()).toBe(200)
  const after = await (await page.request.get(livePath)).text()
  expect(after).toContain(doc.title!)
  expect(after).not.toContain(`Sửa lén ${stamp}`)

  // A photo on a published page: the reporter may not change its credit.
  await editorApi.patch(`/api/articles/${doc.id}?locale=vi`, { data: { heroImage: ids.photo, _status: 'published' } })
  const photo = await reporter.patch(`/api/media/${ids.photo}?locale=vi`, { data: { credit: 'Người khác' } })
  expect(photo.status()).toBeGreaterThanOrEqual(403)
  expect(photo.status()).toBeLessThan(500)
  await translator.dispose()
  await reporter.dispose()
})

test('of two saves from copies loaded at the same time, the second is refused with 409 and says who saved first', async () => {
  const doc = await makeArticle(`Hai bản cũ ${stamp}`, false)
  const admin = await apiAs('admin')
  const copyA = await read(editorApi, doc.id, 'vi')
  const copyB = await read(admin, doc.id, 'vi')
  expect(
    (await editorApi.patch(`/api/articles/${doc.id}?draft=true&locale=vi`, { data: { ...copyA, lead: 'Người thứ nhất' } })).status(),
  ).toBe(200)
  const second = await admin.patch(`/api/articles/${doc.id}?draft=true&locale=vi`, { data: { ...copyB, lead: 'Người thứ hai' } })
  expect(second.status()).toBe(409)
  expect(JSON.stringify(await second.json())).toContain(demoAccount('editor').name)
  expect((await read(editorApi, doc.id, 'vi')).lead).toBe('Người thứ nhất')
  await admin.dispose()
})

test('two people on the same edition: the second sees who holds it and can take it over', async ({ browser }) => {
  const doc = await makeArticle(`Một bản hai người ${stamp}`, false)
  const editor = await staffPage(browser, 'editor')
  await editor.goto(`/admin/collections/articles/${doc.id}?locale=vi`)
  await expect(editor.getByTestId('edition-hold')).toHaveAttribute('data-state', 'mine')

  const reporter = await staffPage(browser, 'reporter')
  await reporter.goto(`/admin/collections/articles/${doc.id}?locale=vi`)
  const banner: Locator = reporter.getByTestId('edition-hold')
  await expect(banner).toHaveAttribute('data-state', 'held')
  await expect(banner).toContainText(demoAccount('editor').name)
  // The editor keeps it while the page stays open, typing or not (the page renews its hold).
  await editor.locator('#field-lead').fill('Biên tập viên đang sửa')
  await reporter.reload()
  await expect(reporter.getByTestId('edition-hold')).toHaveAttribute('data-state', 'held')

  await reporter.getByTestId('edition-hold').getByRole('button').click()
  await expect(reporter.getByTestId('edition-hold')).toHaveAttribute('data-state', 'taken-over')
  // The editor's page learns it at its next renewal.
  await expect(editor.getByTestId('edition-hold')).toHaveAttribute('data-state', 'lost', { timeout: 30_000 })
  await expect(editor.getByTestId('edition-hold')).toContainText(demoAccount('reporter').name)
  await editor.context().close()
  await reporter.context().close()
})
