import { expect, test, type APIRequestContext } from '@playwright/test'

import { hiddenTitles, type DemoLocale } from '../helpers/demo'

const locales: DemoLocale[] = ['vi', 'en', 'zh']
const broken = /\bundefined\b|\bnull\b|\[object Object\]|NaN/

function decode(html: string): string {
  return html
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
}

/** The text a reader sees: the HTML without scripts, styles or tags. */
function visibleText(html: string): string {
  return decode(
    html
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
}

async function crawl(request: APIRequestContext, locale: DemoLocale) {
  const seen = new Set<string>()
  const queue = [`/${locale}`]
  const problems: string[] = []
  const images = new Set<string>()
  while (queue.length && seen.size < 400) {
    const path = queue.shift()!
    if (seen.has(path)) continue
    seen.add(path)
    const response = await request.get(path)
    if (response.status() !== 200) {
      problems.push(`${path}: HTTP ${response.status()}`)
      continue
    }
    const html = await response.text()
    const text = visibleText(html)
    const match = text.match(broken)
    if (match) problems.push(`${path}: shows "${match[0]}" near "${text.slice(Math.max(0, match.index! - 60), match.index! + 20).trim()}"`)
    for (const hidden of hiddenTitles(locale)) if (text.includes(hidden)) problems.push(`${path}: shows unpublished "${hidden}"`)
    if (/<figcaption>\s*<\/figcaption>/.test(html)) problems.push(`${path}: empty caption box`)
    for (const [, attrs] of html.matchAll(/<img([^>]*)>/g)) {
      const alt = attrs.match(/alt="([^"]*)"/)?.[1]
      const src = attrs.match(/src="([^"]*)"/)?.[1]
      if (alt === undefined) problems.push(`${path}: image without alt`)
      else if (alt && /^[a-z0-9]+(-[a-z0-9]+)+(\.\w+)?$/.test(alt)) problems.push(`${path}: alt text is a slug: ${alt}`)
      if (src && !src.startsWith('/api/pv')) images.add(decode(src))
    }
    for (const [, href] of html.matchAll(/href="(\/(?:vi|en|zh)(?:\/[^"#?]*)?)"/g)) {
      // Other locales are crawled on their own; stay within this one.
      if (href.startsWith(`/${locale}`) && !seen.has(href)) queue.push(href)
    }
  }
  for (const src of images) {
    const response = await request.get(src)
    if (response.status() !== 200 || !(response.headers()['content-type'] ?? '').startsWith('image/')) {
      problems.push(`broken image ${src}: HTTP ${response.status()}`)
    }
  }
  return { pages: seen.size, images: images.size, problems }
}

for (const locale of locales) {
  test(`every demo page in ${locale} renders cleanly: no undefined/null, no empty captions, no broken images or links`, async ({
    request,
  }) => {
    test.setTimeout(240_000)
    const { pages, images, problems } = await crawl(request, locale)
    expect(problems).toEqual([])
    expect(pages).toBeGreaterThan(20)
    expect(images).toBeGreaterThan(5)
  })
}
