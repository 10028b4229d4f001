import { readdir } from 'node:fs/promises'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createDraftArticle, createSection, createStaff, pngImage, publishEdition } from '@/testing/fixtures'
import { apiHandlers, type Api, type ApiRequest } from '@/testing/api'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { graphql, type As, type BadInputCase } from './badInput.cases'
import { requestLimits } from './requestGuard'
import { maxPublicLimit } from './guardApiReads'
import { animatedGif, jpegImage, pixelBombPng } from '@/testing/images'
import { maxUploadBytes } from './uploadLimits'

let t: TestPayload
let api: Api
const tokens: Partial<Record<As, string>> = {}
const ids = { article: 0, section: 0 }

beforeAll(async () => {
  t = await startTestPayload()
  api = await apiHandlers()
  const section = await createSection(t.payload, 'thoi-su')
  const article = await createDraftArticle(t.payload, section.id, 'Bài đã đăng')
  await publishEdition(t.payload, article.id, 'vi')
  ids.article = article.id
  ids.section = section.id
  for (const role of ['editor', 'reporter'] as const) {
    const user = await createStaff(t.payload, role)
    tokens[role] = await api.login(user.email, 'test-password-1')
  }
})
afterAll(async () => t?.close())

async function send(c: BadInputCase): Promise<Response> {
  const path = c.path.replace('{article}', String(ids.article)).replace('{section}', String(ids.section))
  const token = c.as && c.as !== 'public' ? tokens[c.as] : undefined
  const request: ApiRequest = { method: c.method ?? 'GET', path, token, headers: c.headers, chunked: c.chunked }
  if (c.upload) {
    const form = new FormData()
    const data = await c.upload.file()
    form.set('file', new Blob([new Uint8Array(data)], { type: c.upload.type }), c.upload.name)
    form.set('_payload', JSON.stringify(c.upload.data ?? { alt: 'Ảnh thử', agency: 'TTXVN' }))
    return api.send({ ...request, method: 'POST', form })
  }
  if (c.json !== undefined) return api.send({ ...request, json: c.json })
  if (c.raw !== undefined) return api.send({ ...request, raw: c.raw, contentType: c.contentType })
  return api.send(request)
}

/** Everything a refused request must leave as it was. */
const backgroundCollections = new Set(['payload-jobs', 'payload-jobs-log'])

async function snapshot(payload: Payload) {
  const counts: Record<string, number> = {}
  for (const slug of Object.keys(payload.collections)) {
    // The job queue runs on its own clock (the missed-schedule sweep), whatever a request does.
    if (backgroundCollections.has(slug)) continue
    counts[slug] = (await payload.count({ collection: slug as never, overrideAccess: true })).totalDocs
  }
  counts.articleVersions = (await payload.countVersions({ collection: 'articles', overrideAccess: true })).totalDocs
  const article = await payload.findByID({ collection: 'articles', id: ids.article, overrideAccess: true, depth: 0 })
  const files = await readdir(process.env.MEDIA_DIR!).catch(() => [])
  return { counts, article: JSON.stringify(article), files: files.length }
}

const text = (content: string) => () => Buffer.from(content)
const bigJson = { title: 'x'.repeat(requestLimits.maxJsonBytes + 10), section: 1 }
const nested = (levels: number): Record<string, unknown> => (levels === 0 ? { title: { equals: 'a' } } : { or: [nested(levels - 1)] })
const deepGraphql = (levels: number): string =>
  `{ Articles(limit: 100) { docs { ${'related { '.repeat(levels)}title${' }'.repeat(levels)} } } }`
const upload = (file: BadInputCase['upload']): Pick<BadInputCase, 'as' | 'method' | 'path' | 'upload'> => ({
  as: 'editor',
  method: 'POST',
  path: '/api/media',
  upload: file,
})

const evil = { origin: 'https://evil.example' }
const multipart = (boundary: string, parts: string[]) =>
  `${parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('')}--${boundary}--\r\n`
const payloadPart = (json: string) => `Content-Disposition: form-data; name="_payload"\r\n\r\n${json}`
const paragraphWith = (children: unknown[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
})
const textNode = (text: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 })
const linkTo = (url: string) => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { url, linkType: 'custom', newTab: false },
  children: [textNode('bấm vào đây')],
})
const bodyWith = (...children: unknown[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children } })
const fragmentChain = (levels: number) =>
  `query { ...F0 } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${i === levels - 1 ? 'Articles { totalDocs }' : `...F${i + 1} ...F${i + 1}`} }`).join(' ')}`
const storedAs = (extension: RegExp) => (r: Record<string, unknown>) => {
  const doc = r.doc as { filename: string; mimeType: string }
  expect(doc.filename).toMatch(extension)
}

const capped = (response: Record<string, unknown>) => {
  expect(response.limit).toBeLessThanOrEqual(maxPublicLimit)
  expect(response.limit).toBeGreaterThan(0)
}

export const cases: BadInputCase[] = [
  // Query strings: repeated, non-numeric, unknown locale, malformed JSON.
  { name: 'limit given twice', path: '/api/articles?limit=100&limit=100', status: 400 },
  { name: 'page given twice', path: '/api/articles?page=1&page=2', status: 400 },
  { name: 'depth given twice', path: '/api/articles?depth=1&depth=2', status: 400 },
  { name: 'locale given twice', path: '/api/articles?locale=vi&locale=en', status: 400 },
  { name: 'where given twice as JSON', path: '/api/articles?where={}&where={}', status: 400 },
  { name: 'limit not a number', path: '/api/articles?limit=abc', status: 400 },
  { name: 'depth not a number', path: '/api/articles?depth=abc', status: 400 },
  { name: 'page not a number', path: '/api/articles?page=1e99', status: 400 },
  { name: 'limit absurdly long', path: `/api/articles?limit=${'9'.repeat(40)}`, status: 400 },
  { name: 'unknown locale', path: '/api/articles?locale=xx', status: 400 },
  { name: 'script in locale', path: `/api/articles?locale=${encodeURIComponent('<script>alert(1)</script>')}`, status: 400 },
  { name: 'locale=all for the public', path: '/api/articles?locale=all', status: 400 },
  { name: 'where is not JSON', path: '/api/articles?where=notanobject', status: 400 },
  { name: 'where is a JSON array', path: '/api/articles?where=[1,2]', status: 400 },
  { name: 'data is not JSON', path: '/api/articles?data={oops', status: 400 },
  // Limits and depth: capped, not refused.
  { name: 'limit=100000 is capped', path: '/api/articles?limit=100000', status: 200, check: capped },
  { name: 'limit=0 (everything) is capped', path: '/api/articles?limit=0', status: 200, check: capped },
  { name: 'negative limit is capped', path: '/api/articles?limit=-5', status: 200, check: capped },
  { name: 'pagination=false is capped', path: '/api/articles?pagination=false&limit=100000', status: 200, check: capped },
  { name: 'depth=1000 is capped by maxDepth', path: '/api/articles?depth=1000', status: 200 },
  { name: 'sections limit capped too', path: '/api/sections?limit=100000', status: 200, check: capped },
  // Malformed where clauses.
  { name: 'unknown operator', path: '/api/articles?where[title][bogus]=1', status: 400 },
  { name: 'unknown field', path: '/api/articles?where[nope][equals]=1', status: 400 },
  { name: 'condition without operator', path: '/api/articles?where[title]=plain', status: 400 },
  { name: 'invalid date', path: '/api/articles?where[publishedAt][greater_than]=notadate', status: 400 },
  { name: 'relationship id not a number', path: '/api/articles?where[section][equals]=abc', status: 400 },
  { name: 'id not a number', path: '/api/articles?where[id][equals]=abc', status: 400 },
  { name: 'list with a bad id', path: '/api/articles?where[section][in]=1,abc', status: 400 },
  { name: 'array given to equals', path: '/api/articles?where[title][equals][0]=a&where[title][equals][1]=b', status: 400 },
  { name: 'object given to equals', path: '/api/articles?where[title][equals][x]=a', status: 400 },
  { name: 'geo operator on text', path: '/api/articles?where[title][near]=1,2', status: 400 },
  { name: 'exists with a non-boolean', path: '/api/articles?where[title][exists]=maybe', status: 400 },
  { name: 'or is not a list', path: '/api/articles?where[or]=x', status: 400 },
  { name: 'and nested too deep', path: `/api/articles?where=${encodeURIComponent(JSON.stringify(nested(12)))}`, status: 400 },
  { name: 'bad date through a relationship path', path: '/api/articles?where[section.createdAt][less_than]=yesterday', status: 400 },
  { name: 'number field given text', path: '/api/media?where[filesize][greater_than]=big', status: 400 },
  { name: 'where on a write (bulk delete)', as: 'editor', method: 'DELETE', path: '/api/articles?where[id][in]=abc', status: 400 },
  {
    name: 'where on a write (bulk update)',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles?where[publishedAt][equals]=soon',
    json: { title: 'x' },
    status: 400,
  },
  // Ids and slugs in the path.
  { name: 'id that is not a number', path: '/api/articles/abc', status: 404 },
  // Payload reads a numeric id's leading digits; the rest never reaches SQL (queries are parameterised).
  {
    name: 'id with SQL in it',
    path: `/api/sections/${encodeURIComponent('1;DROP TABLE sections')}`,
    status: 200,
    check: (r) => expect(r.id).toBe(1),
  },
  { name: 'id that does not exist', path: '/api/articles/999999', status: 404 },
  {
    name: 'slug with script',
    path: `/api/articles?where[slug][equals]=${encodeURIComponent('<script>')}`,
    status: 200,
    check: (r) => expect(r.totalDocs).toBe(0),
  },
  // GraphQL.
  {
    name: 'GraphQL limit=100000 is capped',
    ...graphql('{ Articles(limit: 100000) { docs { title } limit } }'),
    status: 200,
    check: (r) => capped((r.data as { Articles: Record<string, unknown> }).Articles),
  },
  { name: 'GraphQL unknown where field', ...graphql('{ Articles(where: { nope: { equals: 1 } }) { docs { title } } }'), status: 400 },
  { name: 'GraphQL unknown locale', ...graphql('{ Articles(locale: xx) { docs { title } } }'), status: 400 },
  { name: 'GraphQL syntax error', ...graphql('garbage{'), status: 400 },
  { name: 'GraphQL nesting beyond the complexity limit', ...graphql(deepGraphql(30)), status: 400 },
  { name: 'GraphQL body is not JSON', method: 'POST', path: '/api/graphql', raw: '{"query": ', status: 400 },
  {
    name: 'GraphQL body too large',
    method: 'POST',
    path: '/api/graphql',
    json: { query: `{ Articles { docs { title } } } #${'x'.repeat(requestLimits.maxJsonBytes)}` },
    status: 413,
  },
  {
    name: 'GraphQL duplicate locale query param',
    method: 'POST',
    path: '/api/graphql?locale=vi&locale=en',
    json: { query: '{ Articles { docs { title } } }' },
    status: 400,
  },
  // Writes.
  { name: 'anonymous create', method: 'POST', path: '/api/articles', json: { title: 'x', section: 1 }, status: 403 },
  {
    name: 'anonymous user sign-up',
    method: 'POST',
    path: '/api/users',
    json: { email: 'x@x.test', password: 'password-1', name: 'x', role: 'admin' },
    status: 403,
  },
  { name: 'body over the limit', as: 'editor', method: 'POST', path: '/api/articles', json: bigJson, status: 413 },
  {
    name: 'chunked body over the limit',
    as: 'editor',
    method: 'POST',
    path: '/api/articles',
    raw: JSON.stringify(bigJson),
    chunked: true,
    status: 413,
  },
  { name: 'invalid JSON body', as: 'editor', method: 'POST', path: '/api/articles', raw: '{"title": ', status: 400 },
  { name: 'missing required title', as: 'editor', method: 'POST', path: '/api/articles', json: { section: '{section}' }, status: 400 },
  {
    name: 'section that does not exist',
    as: 'editor',
    method: 'POST',
    path: '/api/articles',
    json: { title: 'x', section: 999999 },
    status: 400,
  },
  {
    name: 'javascript: source URL',
    as: 'editor',
    method: 'POST',
    path: '/api/articles',
    json: { title: 'x', section: 1, source: { url: 'javascript:alert(1)' } },
    status: 400,
  },
  {
    name: 'slug with markup is reduced to a safe slug',
    as: 'editor',
    method: 'POST',
    path: '/api/articles',
    json: { title: 'x', section: 1, slug: '<img src=x onerror=alert(1)>' },
    status: 201,
    check: (r) => expect((r.doc as { slug: string }).slug).toMatch(/^[a-z0-9-]+$/),
  },
  {
    name: 'related article that does not exist',
    as: 'editor',
    method: 'POST',
    path: '/api/articles',
    json: { title: 'x', section: 1, related: [999999] },
    status: 400,
  },
  {
    name: 'hero image that does not exist',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}',
    json: { heroImage: 424242 },
    status: 400,
  },
  {
    name: 'reporter publishes',
    as: 'reporter',
    method: 'PATCH',
    path: '/api/articles/{article}?locale=vi',
    json: { title: 'Đổi', _status: 'published' },
    status: 403,
  },
  {
    name: 'reporter unpublishes every locale (flag in the query, as the admin sends it)',
    as: 'reporter',
    method: 'PATCH',
    path: '/api/articles/{article}?unpublishAllLocales=true',
    json: {},
    status: 403,
  },
  {
    name: 'reporter unpublishes every locale from an edition that is not live',
    as: 'reporter',
    method: 'PATCH',
    path: '/api/articles/{article}?locale=en&unpublishAllLocales=true',
    json: {},
    status: 403,
  },
  { name: 'anonymous edit', method: 'PATCH', path: '/api/articles/{article}', json: { title: 'Hacked' }, status: 403 },
  { name: 'anonymous delete', method: 'DELETE', path: '/api/articles/{article}', status: 403 },
  { name: 'wrong password', method: 'POST', path: '/api/users/login', json: { email: 'nobody@test.local', password: 'nope' }, status: 401 },
  // Uploads.
  {
    name: 'text file posing as JPEG',
    ...upload({ file: text('just some text\n'.repeat(50)), name: 'photo.jpg', type: 'image/jpeg' }),
    status: 400,
  },
  {
    name: 'HTML posing as PNG',
    ...upload({ file: text('<html><script>alert(1)</script></html>'), name: 'photo.png', type: 'image/png' }),
    status: 400,
  },
  {
    name: 'SVG with script posing as PNG',
    ...upload({ file: text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), name: 'a.png', type: 'image/png' }),
    status: 400,
  },
  {
    name: 'SVG declared as SVG',
    ...upload({
      file: text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      name: 'a.svg',
      type: 'image/svg+xml',
    }),
    status: 400,
  },
  {
    name: 'PDF posing as JPEG',
    ...upload({ file: text('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF'), name: 'scan.jpg', type: 'image/jpeg' }),
    status: 400,
  },
  {
    name: 'executable posing as PNG',
    ...upload({
      file: () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), Buffer.alloc(2000)]),
      name: 'a.png',
      type: 'image/png',
    }),
    status: 400,
  },
  { name: 'empty file', ...upload({ file: () => Buffer.alloc(0), name: 'empty.png', type: 'image/png' }), status: 400 },
  {
    name: 'truncated PNG',
    ...upload({ file: async () => (await pngImage(800, 600)).subarray(0, 300), name: 'half.png', type: 'image/png' }),
    status: 400,
  },
  {
    name: 'truncated JPEG',
    ...upload({
      file: async () => {
        const full = await jpegImage(800, 600)
        return full.subarray(0, Math.floor(full.length / 2))
      },
      name: 'half.jpg',
      type: 'image/jpeg',
    }),
    status: 400,
  },
  {
    name: 'pixel bomb (64 megapixels, a few KB)',
    ...upload({ file: () => pixelBombPng(8000, 8000), name: 'bomb.png', type: 'image/png' }),
    status: 400,
  },
  {
    name: 'header claiming 10 gigapixels',
    ...upload({ file: () => pixelBombPng(100_000, 100_000, 4), name: 'liar.png', type: 'image/png' }),
    status: 400,
  },
  {
    name: 'file over the upload limit',
    ...upload({ file: () => Buffer.alloc(maxUploadBytes + 1024, 0xff), name: 'huge.jpg', type: 'image/jpeg' }),
    status: 413,
  },
  {
    name: 'good image but no alt text',
    ...upload({ file: () => pngImage(), name: 'ok.png', type: 'image/png', data: { agency: 'TTXVN' } }),
    status: 400,
  },
  {
    name: 'script in the file name is stripped',
    ...upload({ file: () => pngImage(), name: '<script>alert(1)<\/script>.png', type: 'image/png' }),
    status: 201,
    check: (r) => expect((r.doc as { filename: string }).filename).not.toMatch(/[<>]/),
  },
  {
    name: 'anonymous upload',
    method: 'POST',
    path: '/api/media',
    upload: { file: () => pngImage(), name: 'a.png', type: 'image/png' },
    status: 403,
  },
  // Issue 13. Write bodies Payload could not read (each was a 500).
  {
    name: 'draft create with a text/plain body',
    as: 'editor',
    method: 'POST',
    path: '/api/articles?draft=true',
    raw: 'title=x',
    contentType: 'text/plain',
    status: 400,
  },
  {
    name: 'draft create with a form-encoded body',
    as: 'editor',
    method: 'POST',
    path: '/api/articles?draft=true',
    raw: 'title=x&section=1',
    contentType: 'application/x-www-form-urlencoded',
    status: 400,
  },
  {
    name: 'draft create with an XML body',
    as: 'editor',
    method: 'POST',
    path: '/api/articles?draft=true',
    raw: '<article><title>x</title></article>',
    contentType: 'application/xml',
    status: 400,
  },
  {
    name: 'draft create without a Content-Type',
    as: 'editor',
    method: 'POST',
    path: '/api/articles?draft=true',
    raw: new TextEncoder().encode('{"title":"x"}'),
    contentType: null,
    status: 400,
  },
  { name: 'draft create without a body', as: 'editor', method: 'POST', path: '/api/articles?draft=true', status: 400 },
  { name: 'JSON null body', as: 'editor', method: 'POST', path: '/api/articles?draft=true', raw: 'null', status: 400 },
  { name: 'JSON array body', as: 'editor', method: 'POST', path: '/api/articles', raw: '[{"title":"x"}]', status: 400 },
  {
    name: 'JSON string body on an update',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}?draft=true',
    raw: '"x"',
    status: 400,
  },
  {
    name: 'update with a text/plain body',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}',
    raw: 'title=x',
    contentType: 'text/plain',
    status: 400,
  },
  {
    name: 'multipart without a boundary',
    as: 'editor',
    method: 'POST',
    path: '/api/media',
    raw: multipart('B', [payloadPart('{}')]),
    contentType: 'multipart/form-data',
    status: 400,
  },
  {
    name: 'malformed multipart',
    as: 'editor',
    method: 'POST',
    path: '/api/media',
    raw: 'this is not a form',
    contentType: 'multipart/form-data; boundary=XYZ',
    status: 400,
  },
  {
    name: 'multipart whose _payload is not JSON',
    as: 'editor',
    method: 'POST',
    path: '/api/articles',
    raw: multipart('B', [payloadPart('{oops')]),
    contentType: 'multipart/form-data; boundary=B',
    status: 400,
  },
  {
    name: 'multipart whose _payload is JSON null',
    as: 'editor',
    method: 'POST',
    path: '/api/articles',
    raw: multipart('B', [payloadPart('null')]),
    contentType: 'multipart/form-data; boundary=B',
    status: 400,
  },
  {
    name: 'photo from a private address',
    as: 'editor',
    method: 'POST',
    path: '/api/media',
    json: { url: 'http://127.0.0.1:9/secret.jpg', filename: 'secret.jpg', alt: 'x', agency: 'TTXVN' },
    status: 400,
  },
  {
    name: 'photo from a web address',
    as: 'editor',
    method: 'POST',
    path: '/api/media',
    json: { url: 'https://example.com/a.jpg', filename: 'a.jpg', alt: 'x', agency: 'TTXVN' },
    status: 400,
  },
  { name: 'GraphQL fragment cycle', ...graphql('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), status: 400 },
  {
    name: 'GraphQL fragment spreading itself',
    ...graphql('query { ...A } fragment A on Query { Articles { totalDocs } ...A }'),
    status: 400,
  },
  { name: 'GraphQL fragments multiplying (2^14 spreads)', ...graphql(fragmentChain(14)), status: 400 },
  { name: 'GraphQL fragments used normally still work', ...graphql(fragmentChain(3)), status: 200 },
  // Cross-site writes (no SERVER_URL in tests: the default npm start).
  {
    name: 'cookie-style edit from a foreign Origin',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}?draft=true',
    json: { lead: 'CSRF' },
    headers: evil,
    status: 403,
  },
  {
    name: 'upload from a foreign Origin',
    ...upload({ file: () => pngImage(), name: 'csrf.png', type: 'image/png' }),
    headers: evil,
    status: 403,
  },
  { name: 'delete from a foreign Origin', as: 'editor', method: 'DELETE', path: '/api/articles/{article}', headers: evil, status: 403 },
  {
    name: 'login from a foreign Origin',
    method: 'POST',
    path: '/api/users/login',
    json: { email: 'x@test.local', password: 'x' },
    headers: evil,
    status: 403,
  },
  {
    name: 'GraphQL mutation from a foreign Origin',
    as: 'editor',
    ...graphql('mutation { deleteArticle(id: 1) { id } }'),
    headers: evil,
    status: 403,
  },
  {
    name: 'write from an opaque Origin (null)',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}?draft=true',
    json: { lead: 'CSRF' },
    headers: { origin: 'null' },
    status: 403,
  },
  {
    name: 'write marked cross-site without an Origin',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}?draft=true',
    json: { lead: 'CSRF' },
    headers: { 'sec-fetch-site': 'cross-site' },
    status: 403,
  },
  {
    name: 'write from our own Origin is accepted',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}?draft=true&locale=vi',
    json: { lead: 'Sapo đã sửa' },
    headers: { origin: 'http://localhost' },
    status: 200,
  },
  // Animated images: every frame counts.
  {
    name: 'animated GIF, 10 frames of 2000×2000 in 250 bytes',
    ...upload({ file: () => animatedGif(2000, 2000, 10), name: 'spin.gif', type: 'image/gif' }),
    status: 400,
  },
  {
    name: 'animated GIF with 150 tiny frames',
    ...upload({ file: () => animatedGif(16, 16, 150), name: 'many.gif', type: 'image/gif' }),
    status: 400,
  },
  {
    name: 'small animated GIF is accepted',
    ...upload({ file: () => animatedGif(200, 150, 5), name: 'small.gif', type: 'image/gif' }),
    status: 201,
  },
  // Rich text: a body is a Lexical document, links lead only to web/mail/phone addresses.
  {
    name: 'editor publishes a plain-string body',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}?locale=vi',
    json: { body: 'Chỉ là chữ', _status: 'published' },
    status: 400,
  },
  {
    name: 'editor publishes a body that is a list',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}?locale=vi',
    json: { body: [1, 2], _status: 'published' },
    status: 400,
  },
  {
    name: 'data: link in the body',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}?locale=vi',
    json: { body: bodyWith(paragraphWith([linkTo('data:text/html,<script>alert(1)</script>')])), _status: 'published' },
    status: 400,
  },
  {
    name: 'javascript: link hidden by a tab',
    as: 'editor',
    method: 'PATCH',
    path: '/api/articles/{article}?locale=vi',
    json: { body: bodyWith(paragraphWith([linkTo('java\tscript:alert(1)')])), _status: 'published' },
    status: 400,
  },
  {
    name: 'https link in the body is accepted',
    as: 'editor',
    method: 'POST',
    path: '/api/articles?locale=vi',
    json: {
      title: 'Có liên kết',
      section: 1,
      body: bodyWith(paragraphWith([linkTo('https://example.com/bai-viet')])),
      _status: 'published',
    },
    status: 201,
  },
  // Stored names follow the checked type.
  {
    name: 'JPEG uploaded as .html is stored as .jpg',
    ...upload({ file: () => jpegImage(), name: 'polyglot.html', type: 'image/jpeg' }),
    status: 201,
    check: storedAs(/^polyglot(-\d+)?\.jpg$/),
  },
  {
    name: 'PNG uploaded as .jpg is stored as .png',
    ...upload({ file: () => pngImage(), name: 'mislabelled.jpg', type: 'image/png' }),
    status: 201,
    check: storedAs(/^mislabelled(-\d+)?\.png$/),
  },
]

describe('bad input gets a clear 4xx and changes nothing', () => {
  test('the table reports its size', () => {
    console.info(`bad-input table: ${cases.length} cases`)
    expect(cases.length).toBeGreaterThanOrEqual(115)
  })

  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await snapshot(t.payload)
    const response = await send(c)
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>
    expect(response.status, JSON.stringify(answer).slice(0, 300)).toBe(c.status)
    if (c.status >= 400) {
      const message = (answer.errors as { message?: string }[] | undefined)?.[0]?.message ?? (answer.message as string | undefined)
      expect(message, 'a refusal says why').toBeTruthy()
    }
    c.check?.(answer)
    const after = await snapshot(t.payload)
    if (c.status >= 400) expect(after).toEqual(before)
  })
})
