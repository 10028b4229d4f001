import { expect, test, type APIRequestContext } from '@playwright/test'

import { apiAs } from '../helpers/auth'
import { firstSection } from '../helpers/demo'

/**
 * Cached pages are answered from memory in front of Next (src/cache/pageMemory.ts). A reader must
 * still see a publish at once: the article, its section and the home page, and a story taken down
 * is gone from its address at once. The spec makes its own article, as an editor, over REST.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 })

type Doc = { id: number; slug: string }

let editor: APIRequestContext
let section: { id: number; slug: string }
const stamp = Date.now().toString(36)

test.beforeAll(async () => {
  editor = await apiAs('editor')
  section = await firstSection(editor)
})
test.afterAll(async () => editor?.dispose())

/**
 * Reads a page until it comes from memory: a page being refreshed after a publish comes from Next
 * first, and a copy is answered for a second at most, so the reads are close together.
 */
async function untilFromMemory(read: APIRequestContext, path: string): Promise<void> {
  await expect
    .poll(async () => (await read.get(path)).headers()['x-page-memory'] ?? 'from Next', {
      message: `${path} answered from memory`,
      intervals: [100],
    })
    .toBe('HIT')
}

/** A section page's own list of articles (not the widgets beside it). */
function listing(html: string): string {
  const start = html.indexOf('id="listing"')
  expect(start, 'the section page has its listing').toBeGreaterThan(0)
  return html.slice(start, html.indexOf('</section>', start))
}

test('a publish shows at once on pages that were being answered from memory', async ({ request }) => {
  const title = `Tin trong bộ nhớ ${stamp}`
  const created = await editor.post('/api/articles?draft=true&locale=vi', {
    data: { title, lead: `Sapo: ${title}`, section: section.id, _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: Doc }
  expect((await editor.patch(`/api/articles/${doc.id}?locale=vi`, { data: { _status: 'published' } })).ok()).toBe(true)
  const articlePath = `/vi/${section.slug}/${doc.slug}`
  const sectionPath = `/vi/${section.slug}`

  for (const path of [articlePath, sectionPath, '/vi']) await untilFromMemory(request, path)
  const fromMemory = await request.get(articlePath)
  expect(await fromMemory.text()).toContain(title)

  const newTitle = `Tin đã sửa trong bộ nhớ ${stamp}`
  const corrected = await editor.patch(`/api/articles/${doc.id}?locale=vi`, { data: { title: newTitle, _status: 'published' } })
  expect(corrected.ok()).toBe(true)
  // The article and the lists it is in; the widgets beside other pages follow in the background.
  const article = await request.get(articlePath)
  expect(article.headers()['x-page-memory']).toBeUndefined()
  const articleHtml = await article.text()
  expect(articleHtml).toContain(newTitle)
  expect(articleHtml).not.toContain(`>${title}<`)
  expect(listing(await (await request.get(sectionPath)).text())).toContain(newTitle)
  expect(await (await request.get('/vi')).text()).toContain(newTitle)

  await untilFromMemory(request, articlePath)
  const takenDown = await editor.patch(`/api/articles/${doc.id}?locale=vi`, { data: { _status: 'draft' } })
  expect(takenDown.ok()).toBe(true)
  const gone = await request.get(articlePath)
  expect(gone.status()).toBe(404)
  expect(listing(await (await request.get(sectionPath)).text())).not.toContain(newTitle)
})

test('a reader of a cached page gets the whole page from memory, with the security headers Next sends', async ({ request }) => {
  const path = '/vi/thoi-su/metro-line-trial'
  const fromNext = await request.get(path)
  await untilFromMemory(request, path)
  const fromMemory = await request.get(path)
  expect(fromMemory.status()).toBe(200)
  for (const header of ['content-security-policy', 'x-content-type-options', 'cache-control', 'content-type', 'vary']) {
    expect(fromMemory.headers()[header], header).toBe(fromNext.headers()[header])
  }
  const html = (await fromMemory.body()).toString('utf8')
  expect(html).toContain('Tuyến metro ven sông Hồng bắt đầu chạy thử toàn tuyến')
  expect(html.trimEnd()).toMatch(/<\/html>$/)
  // A client-side navigation asks for the page's RSC payload: never the HTML kept in memory.
  const payload = await request.get(path, { headers: { rsc: '1' } })
  expect(payload.headers()['x-page-memory']).toBeUndefined()
  expect(payload.headers()['content-type']).toContain('text/x-component')
})
