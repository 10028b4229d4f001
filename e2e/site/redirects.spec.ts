import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test'

import { baseURL } from '../../playwright.config'
import { apiAs } from '../helpers/auth'
import { firstSection } from '../helpers/demo'

/**
 * Links shared before a story's address changed keep working: the old address answers a
 * permanent redirect to the current one. The spec makes its own article, as an editor, over REST.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 })

type Doc = { id: number; slug?: string | null }

let editor: APIRequestContext
let section: { id: number; slug: string }
const stamp = Date.now().toString(36)

test.beforeAll(async () => {
  editor = await apiAs('editor')
  section = await firstSection(editor)
})
test.afterAll(async () => editor?.dispose())

/** Where a redirect sends the reader (the page and its metadata may each name it: the same address). */
const locations = (response: APIResponse) => [
  ...new Set(
    response
      .headersArray()
      .filter(({ name }) => name.toLowerCase() === 'location')
      .flatMap(({ value }) => value.split(/,\s*/))
      .map((value) => new URL(value, baseURL).pathname),
  ),
]

async function publishedArticle(title: string): Promise<Doc> {
  const created = await editor.post('/api/articles?draft=true&locale=vi', {
    data: { title, lead: `Sapo: ${title}`, section: section.id, _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: Doc }
  const published = await editor.patch(`/api/articles/${doc.id}?locale=vi`, { data: { _status: 'published' } })
  expect(published.ok()).toBe(true)
  return ((await published.json()) as { doc: Doc }).doc
}

test('an article whose slug changed answers its old address with a permanent redirect to the new one', async ({ request }) => {
  const title = `Bài sẽ đổi địa chỉ ${stamp}`
  const article = await publishedArticle(title)
  const oldPath = `/vi/${section.slug}/${article.slug}`
  expect((await request.get(oldPath)).status()).toBe(200)

  const newSlug = `bai-da-doi-dia-chi-${stamp}`
  const changed = await editor.patch(`/api/articles/${article.id}?locale=vi`, { data: { slug: newSlug, _status: 'published' } })
  expect(changed.ok()).toBe(true)

  const old = await request.get(oldPath, { maxRedirects: 0 })
  expect([301, 308]).toContain(old.status())
  const newPath = `/vi/${section.slug}/${newSlug}`
  expect(locations(old)).toEqual([newPath])

  const followed = await request.get(oldPath)
  expect(followed.status()).toBe(200)
  expect(new URL(followed.url()).pathname).toBe(newPath)
  expect(await followed.text()).toContain(`<h1 class="article__title">${title}</h1>`)
})

test("an editor's redirect for an article address leads readers to the article; the public cannot list redirects", async ({ request }) => {
  const title = `Bài có địa chỉ tay ${stamp}`
  const article = await publishedArticle(title)
  const from = `/vi/${section.slug}/duong-dan-cu-${stamp}`
  const made = await editor.post('/api/redirects', {
    data: { from, to: { type: 'reference', reference: { relationTo: 'articles', value: article.id } } },
  })
  expect(made.status()).toBe(201)

  const answered = await request.get(from, { maxRedirects: 0 })
  expect([301, 308]).toContain(answered.status())
  expect(locations(answered)).toEqual([`/vi/${section.slug}/${article.slug}`])
  expect([401, 403]).toContain((await request.get('/api/redirects')).status())
})
