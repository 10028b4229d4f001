import { expect, test } from '@playwright/test'
import { measureJavaScript } from '../../bench/js-size.mjs'

/**
 * Photos are offered in the sizes Payload made of them on upload: a short srcset of file URLs,
 * not one optimizer URL per configured width (written into the HTML and again into the inline
 * RSC payload). Issue 15.
 */
for (const address of ['/vi', '/vi/thoi-su/metro-line-trial']) {
  test(`photos on ${address} use Payload's own sizes, no optimizer URLs`, async ({ request }) => {
    const response = await request.get(address)
    expect(response.status()).toBe(200)
    const html = await response.text()
    expect(html).not.toContain('/_next/image')
    const srcsets = [...html.matchAll(/<img[^>]*srcSet="([^"]+)"/gi)].map((match) => match[1])
    expect(srcsets.length).toBeGreaterThan(0)
    for (const srcset of srcsets) {
      for (const entry of srcset.split(', ')) expect(entry).toMatch(/^\/api\/media\/file\/[^ ]+ \d+w$/)
    }
  })
}

test('a photo from a srcset is served', async ({ request }) => {
  const html = await (await request.get('/vi')).text()
  const first = /<img[^>]*srcSet="([^" ]+) \d+w/i.exec(html)?.[1]
  expect(first).toBeTruthy()
  const photo = await request.get(first!.replace(/&amp;/g, '&'))
  expect(photo.status()).toBe(200)
  expect(photo.headers()['content-type']).toMatch(/^image\//)
})

/**
 * Our own client code (font size, tabs, "See more", the live-preview refresh) stays within 5 KB
 * gzipped on every reading page, counted module by module (bench/js-size.mjs): the framework
 * modules Turbopack puts in the same chunk are the framework's share. Issue 15.
 */
for (const address of ['/vi', '/vi/thoi-su', '/vi/thoi-su/metro-line-trial', '/en/thoi-su/no-such-story']) {
  test(`own JavaScript on ${address} is at most 5 KB gzipped`, async ({ baseURL }) => {
    const javascript = await measureJavaScript(baseURL!, address)
    expect(javascript.ownModules).toBeGreaterThan(0)
    expect(javascript.ownGzipBytes).toBeLessThanOrEqual(5 * 1024)
    expect(javascript.totalGzipBytes).toBeGreaterThan(javascript.ownGzipBytes)
  })
}
