import { expect, test } from '@playwright/test'

type Listed = { docs: { title?: string; _status?: string }[]; totalDocs: number }

const hiddenTitle = /Bản nháp|^Draft:|^Translation in progress:/

test.describe('the public API shows only published editions', () => {
  for (const query of ['', 'draft=true', 'locale=en', 'locale=en&draft=true', 'locale=zh', 'locale=vi&draft=true']) {
    test(`GET /api/articles?${query || '(no parameters)'}`, async ({ request }) => {
      const response = await request.get(`/api/articles?${query}&limit=100&depth=0`)
      expect(response.status()).toBe(200)
      const body = (await response.json()) as Listed
      expect(body.totalDocs).toBeGreaterThan(0)
      for (const doc of body.docs) {
        expect(doc._status).toBe('published')
        expect(doc.title ?? '').not.toMatch(hiddenTitle)
        expect(doc.title).toBeTruthy()
      }
    })
  }

  test('locale=all is refused to the public', async ({ request }) => {
    const response = await request.get('/api/articles?locale=all')
    expect(response.status()).toBe(400)
  })

  test('GraphQL lists no drafts or untranslated editions either', async ({ request }) => {
    const response = await request.post('/api/graphql', {
      data: { query: '{ Articles(locale: en, draft: true, limit: 100) { docs { title _status } } }' },
    })
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { data: { Articles: { docs: { title: string; _status: string }[] } } }
    expect(body.data.Articles.docs.length).toBeGreaterThan(0)
    for (const doc of body.data.Articles.docs) {
      expect(doc._status).toBe('published')
      expect(doc.title).not.toMatch(hiddenTitle)
    }
  })

  test('users and their e-mails are not public', async ({ request }) => {
    const response = await request.get('/api/users')
    expect(response.status()).toBe(403)
    const authors = await request.get('/api/authors?depth=2')
    expect(await authors.text()).not.toContain('@newsroom.test')
  })

  test('health reports database and storage', async ({ request }) => {
    const response = await request.get('/api/health')
    expect(response.status()).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', storage: 'ok' })
  })
})
