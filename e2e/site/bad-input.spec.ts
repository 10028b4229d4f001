import { expect, test, type APIRequestContext } from '@playwright/test'
import sharp from 'sharp'

import { demoAccount } from '../helpers/auth'

/** Sets window.__xss if any of it ever runs; the markup must reach readers as text. */
const xss = (where: string) => `${where} "><script>window.__xss='${where}'</script><img src=x onerror="window.__xss='${where}'">`
const ran = /<script>window\.__xss|<img src=x onerror/

test.describe.configure({ mode: 'serial' })

const paragraph = (text: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
})

async function asEditor(request: APIRequestContext) {
  const { email, password } = demoAccount('editor')
  const login = await request.post('/api/users/login', { data: { email, password } })
  expect(login.status()).toBe(200)
}

async function created<T>(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<T> {
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: T }).doc
}

let pages: string[] = []
const createdDocs: string[] = []

test('markup typed into every text field is stored as text', async ({ request }) => {
  await asEditor(request)
  const sections = (await (await request.get('/api/sections?limit=1&depth=0&sort=order')).json()) as {
    docs: { id: number; slug: string }[]
  }
  const section = sections.docs[0]
  const tag = await created<{ id: number; slug: string }>(await request.post('/api/tags?locale=vi', { data: { name: xss('tag') } }))
  const author = await created<{ id: number; slug: string }>(
    await request.post('/api/authors?locale=vi', { data: { name: xss('author'), bio: xss('bio') } }),
  )
  const image = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#345' } })
    .png()
    .toBuffer()
  const photo = await created<{ id: number }>(
    await request.post('/api/media?locale=vi', {
      multipart: {
        file: { name: 'xss.png', mimeType: 'image/png', buffer: image },
        _payload: JSON.stringify({ alt: xss('alt'), caption: xss('caption'), credit: xss('credit'), agency: xss('agency') }),
      },
    }),
  )
  const article = await created<{ id: number; slug: string }>(
    await request.post('/api/articles?locale=vi', {
      data: {
        title: xss('title'),
        lead: xss('lead'),
        body: { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [paragraph(xss('body'))] } },
        heroImage: photo.id,
        source: { outlet: xss('outlet'), url: 'https://example.com/?q="><script>window.__xss=1</script>' },
        section: section.id,
        tags: [tag.id],
        authors: [author.id],
        _status: 'published',
      },
    }),
  )
  createdDocs.push(`/api/articles/${article.id}`, `/api/tags/${tag.id}`, `/api/authors/${author.id}`, `/api/media/${photo.id}`)
  pages = [`/vi/${section.slug}/${article.slug}`, '/vi', `/vi/${section.slug}`, `/vi/tag/${tag.slug}`, `/vi/author/${author.slug}`]
  const json = await request.get(`/api/articles/${article.id}?locale=vi`)
  expect(json.headers()['content-type']).toContain('application/json')
  expect(((await json.json()) as { title: string }).title).toBe(xss('title'))
})

test('pages render it escaped and nothing runs', async ({ page }) => {
  expect(pages.length).toBeGreaterThan(0)
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  for (const path of pages) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    expect(await response!.text(), path).not.toMatch(ran)
    await page.waitForLoadState('load')
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), path).toBeUndefined()
  }
  await page.goto(pages[0])
  await expect(page.getByRole('heading', { level: 1 })).toContainText("<script>window.__xss='title'</script>")
  // JSON-LD and other inline data must not close their <script> early.
  for (const script of await page.locator('script[type="application/ld+json"]').allTextContents()) {
    expect(() => JSON.parse(script)).not.toThrow()
  }
  expect(dialogs).toEqual([])
})

test('the hostile documents are removed again, so other specs see the demo newsroom', async ({ request }) => {
  await asEditor(request)
  for (const path of createdDocs) expect((await request.delete(path)).status(), path).toBe(200)
})

test.describe('over HTTP, bad requests get a 4xx from the production server', () => {
  const cases: { name: string; path: string; status: number; method?: 'GET' | 'POST'; data?: string }[] = [
    { name: 'duplicated limit', path: '/api/articles?limit=100&limit=100', status: 400 },
    { name: 'malformed where JSON', path: '/api/articles?where=notjson', status: 400 },
    { name: 'bad date in where', path: '/api/articles?where[publishedAt][greater_than]=nope', status: 400 },
    { name: 'unknown locale', path: '/api/articles?locale=xx', status: 400 },
    { name: 'non-numeric id', path: '/api/articles/abc', status: 404 },
    { name: 'GraphQL body not JSON', path: '/api/graphql', method: 'POST', data: '{"query":', status: 400 },
    { name: 'forged revalidation request', path: '/internal/revalidate', method: 'POST', data: '{"tags":["articles"]}', status: 403 },
    { name: 'unknown locale page', path: '/xx', status: 404 },
    { name: 'slug with markup', path: `/vi/thoi-su/${encodeURIComponent('<script>alert(1)</script>')}`, status: 404 },
    { name: 'absurdly long slug', path: `/vi/thoi-su/${'a'.repeat(3000)}`, status: 404 },
    { name: 'public filter on another locale', path: '/api/articles?where[title.en][contains]=a', status: 400 },
    { name: 'public sort on another locale', path: '/api/articles?sort=title.en', status: 400 },
    {
      name: 'GraphQL fragment cycle',
      path: '/api/graphql',
      method: 'POST',
      data: JSON.stringify({ query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
      status: 400,
    },
  ]
  for (const c of cases) {
    test(c.name, async ({ request }) => {
      const response =
        c.method === 'POST'
          ? await request.post(c.path, { data: c.data, headers: { 'content-type': 'application/json' } })
          : await request.get(c.path)
      expect(response.status()).toBe(c.status)
    })
  }

  for (const [name, path] of [
    ['backslash', '%2F%5Cevil.example%2Fphish'],
    ['tab', '%2F%09%2Fevil.example'],
    ['protocol-relative', '%2F%2Fevil.example'],
    ['absolute', 'https%3A%2F%2Fevil.example'],
  ]) {
    test(`exit-preview never leaves the site (${name})`, async ({ request }) => {
      const response = await request.get(`/next/exit-preview?path=${path}`, { maxRedirects: 0 })
      expect(response.status()).toBe(307)
      expect(response.headers().location).toBe('/')
    })
  }

  test('exit-preview returns to a page of the site', async ({ request }) => {
    const response = await request.get('/next/exit-preview?path=%2Fen%2Fthe-world', { maxRedirects: 0 })
    expect(response.headers().location).toBe('/en/the-world')
  })

  test('a logged-in editor cannot be made to write from another site (no SERVER_URL set)', async ({ request, baseURL }) => {
    await asEditor(request)
    const articles = (await (await request.get('/api/articles?limit=1&depth=0')).json()) as { docs: { id: number }[] }
    const id = articles.docs[0].id
    const evil = { origin: 'https://evil.example' }
    const patched = await request.patch(`/api/articles/${id}?draft=true&locale=vi`, { data: { lead: 'CSRF' }, headers: evil })
    expect(patched.status()).toBe(403)
    const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#345' } })
      .png()
      .toBuffer()
    const uploaded = await request.post('/api/media', {
      headers: evil,
      multipart: { file: { name: 'csrf.png', mimeType: 'image/png', buffer: image }, _payload: JSON.stringify({ alt: 'x', agency: 'x' }) },
    })
    expect(uploaded.status()).toBe(403)
    // The site's own pages still write (the admin sends its own Origin).
    const own = await request.patch(`/api/articles/${id}?draft=true&locale=vi&depth=0`, { data: {}, headers: { origin: baseURL! } })
    expect(own.status()).toBe(200)
  })

  test('with PORT set and no SERVER_URL, absolute URLs name that port', async ({ request, baseURL }) => {
    const port = new URL(baseURL!).port
    const feed = await (await request.get('/vi/rss.xml')).text()
    expect(feed).toContain(`http://localhost:${port}/vi`)
    expect(feed).not.toContain('localhost:3000')
  })

  test('a POST with a text/plain body is a 400, not a 500', async ({ request }) => {
    await asEditor(request)
    const response = await request.post('/api/articles?draft=true', { data: 'title=x', headers: { 'content-type': 'text/plain' } })
    expect(response.status()).toBe(400)
  })

  test("the admin's server functions answer 401 without a login, not 500", async ({ request }) => {
    // The action id of the admin's serverFunction, as the login page hands it to the browser.
    const html = await (await request.get('/admin/login')).text()
    const reference = /serverFunction\\":\\"\$h([0-9a-f]+)\\"/.exec(html)?.[1]
    expect(reference, 'serverFunction reference on the login page').toBeTruthy()
    const id = new RegExp(`(?:^|\\\\n)${reference}:\\{\\\\"id\\\\":\\\\"([0-9a-f]+)`).exec(html)?.[1]
    expect(id, 'serverFunction action id').toBeTruthy()
    for (const name of ['render-list', 'table-state', 'slugify', 'no-such-function']) {
      const response = await request.post('/admin', {
        headers: { 'next-action': id!, 'content-type': 'text/plain;charset=UTF-8' },
        data: JSON.stringify([{ name, args: { collectionSlug: 'users' } }]),
      })
      expect(response.status(), name).toBe(401)
    }
  })

  test('limit=100000 is capped for the public', async ({ request }) => {
    const response = await request.get('/api/articles?limit=100000&depth=0')
    expect(response.status()).toBe(200)
    expect(((await response.json()) as { limit: number }).limit).toBeLessThanOrEqual(100)
  })
})
