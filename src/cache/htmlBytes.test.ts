import { expect, test } from 'vitest'

import { keepHtmlAsBytes } from './nextCacheHandler'

test("a cached page's HTML is kept as UTF-8 bytes, converted once", () => {
  const page = { kind: 'APP_PAGE', html: '<h1>Tuyến metro ven sông Hồng 河内地铁</h1>', rscData: Buffer.from('0:{}') }
  keepHtmlAsBytes(page)
  expect(Buffer.isBuffer(page.html)).toBe(true)
  expect((page.html as unknown as Buffer).toString('utf8')).toBe('<h1>Tuyến metro ven sông Hồng 河内地铁</h1>')
  const bytes = page.html
  keepHtmlAsBytes(page)
  expect(page.html).toBe(bytes)
})

test('route answers and data-cache entries are left as Next made them', () => {
  const route = { kind: 'APP_ROUTE', body: Buffer.from('<rss/>') }
  const fetched = { kind: 'FETCH', data: { body: 'x' } }
  keepHtmlAsBytes(route)
  keepHtmlAsBytes(fetched)
  expect(route).toEqual({ kind: 'APP_ROUTE', body: Buffer.from('<rss/>') })
  expect(fetched).toEqual({ kind: 'FETCH', data: { body: 'x' } })
})
