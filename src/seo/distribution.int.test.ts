import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { articleBySlug, editionLinks } from '@/content/queries/articles'
import { buildFeed, feedGuid, renderAtom, renderRss } from '@/feeds/feeds'
import { createSection, pngImage, publishEdition } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { newsArticleJsonLd, serializeJsonLd } from './jsonLd'
import { articleMetadata } from './metadata'
import {
  articleSitemapCount,
  articleSitemapEntries,
  newsSitemapEntries,
  renderNewsSitemap,
  renderUrlset,
  taxonomySitemapEntries,
} from './sitemaps'

let t: TestPayload
let payload: Payload
let news: number
let sport: number
let photo: number

const hour = 60 * 60 * 1000
const now = new Date()
const origin = 'http://localhost:3000'

type Make = { title: string; section?: number; hoursAgo: number; en?: string; enDraft?: string; publish?: boolean }

async function make({ title, section = news, hoursAgo, en, enDraft, publish = true }: Make): Promise<number> {
  const doc = await payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: {
      title,
      lead: `Sapo đầy đủ của bài ${title} & <thêm>.`,
      section,
      heroImage: photo,
      publishedAt: new Date(now.getTime() - hoursAgo * hour).toISOString(),
      _status: 'draft',
    },
  })
  if (en || enDraft) {
    await payload.update({
      collection: 'articles',
      id: doc.id,
      locale: 'en',
      draft: true,
      data: { title: en ?? enDraft, lead: `Lead of ${en ?? enDraft}` },
    })
  }
  if (publish) {
    await publishEdition(payload, doc.id, 'vi')
    if (en) await publishEdition(payload, doc.id, 'en')
  }
  return doc.id
}

let bilingual: number
let viOnly: number
let old: number

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  delete process.env.SERVER_URL
  news = (await createSection(payload, 'thoi-su')).id
  await payload.update({ collection: 'sections', id: news, locale: 'en', data: { name: 'News' } })
  sport = (await createSection(payload, 'the-thao')).id
  const media = await payload.create({
    collection: 'media',
    locale: 'vi',
    data: { alt: 'Cầu Rồng về đêm', credit: 'Lâm Khánh', agency: 'TTXVN' },
    file: { data: await pngImage(1600, 900), mimetype: 'image/png', name: 'cau-rong.png', size: 0 },
  })
  // Editions are published only with the photo described in their language (issue 4's credit check).
  await payload.update({ collection: 'media', id: media.id, locale: 'en', data: { alt: 'Dragon Bridge at night' } })
  photo = media.id
  bilingual = await make({ title: 'Cầu Rồng phun lửa', hoursAgo: 2, en: 'Dragon Bridge breathes fire' })
  viOnly = await make({ title: 'Chợ đêm mở cửa', hoursAgo: 3, enDraft: 'Night market (translation in progress)' })
  old = await make({ title: 'Tin cũ ba ngày', hoursAgo: 72 })
  await make({ title: 'Bóng đá <U23> & "Việt Nam"', section: sport, hoursAgo: 1 })
  await make({ title: 'Bản nháp chưa đăng', hoursAgo: 1, publish: false })
})

afterAll(async () => {
  await t?.close()
})

const locs = (entries: { loc: string }[]) => entries.map((entry) => entry.loc)

describe('sitemaps', () => {
  test('article sitemaps are paginated, list every published edition once and nothing else', async () => {
    expect(await articleSitemapCount(payload, 'vi', 2)).toBe(2)
    const pages = [await articleSitemapEntries(payload, 'vi', 1, 2), await articleSitemapEntries(payload, 'vi', 2, 2)]
    const all = pages.flat()
    expect(all).toHaveLength(4)
    expect(new Set(locs(all)).size).toBe(4)
    expect(locs(all).some((loc) => loc.includes('ban-nhap'))).toBe(false)
    expect(await articleSitemapEntries(payload, 'vi', 3, 2)).toEqual([])
    // English: only the published translation, never the one in progress.
    const en = await articleSitemapEntries(payload, 'en', 1)
    expect(locs(en)).toEqual([`${origin}/en/thoi-su/dragon-bridge-breathes-fire`])
  })

  test('hreflang alternates in the sitemap are reciprocal, with x-default on Vietnamese', async () => {
    const vi = (await articleSitemapEntries(payload, 'vi', 1)).find((entry) => entry.loc.endsWith('/cau-rong-phun-lua'))
    const en = (await articleSitemapEntries(payload, 'en', 1))[0]
    expect(vi?.alternates).toEqual(en.alternates)
    expect(en.alternates).toEqual({
      'vi-VN': `${origin}/vi/thoi-su/cau-rong-phun-lua`,
      en: `${origin}/en/thoi-su/dragon-bridge-breathes-fire`,
      'x-default': `${origin}/vi/thoi-su/cau-rong-phun-lua`,
    })
    const single = (await articleSitemapEntries(payload, 'vi', 1)).find((entry) => entry.loc.endsWith('/cho-dem-mo-cua'))
    expect(single?.alternates).toBeUndefined()
  })

  test('the news sitemap holds only the last 48 hours', async () => {
    const entries = await newsSitemapEntries(payload, 'vi', now)
    expect(entries.map((entry) => entry.title)).toEqual(['Bóng đá <U23> & "Việt Nam"', 'Cầu Rồng phun lửa', 'Chợ đêm mở cửa'])
    expect(entries.some((entry) => entry.title === 'Tin cũ ba ngày')).toBe(false)
    const xml = renderNewsSitemap(entries, 'vi')
    expect(xml).toContain('<news:title>Bóng đá &lt;U23&gt; &amp; &quot;Việt Nam&quot;</news:title>')
    expect(xml).toContain('<news:language>vi</news:language>')
    expect(xml).not.toContain('<U23>')
  })

  test('pages sitemap: home, sections, tags and authors named in that locale', async () => {
    const vi = locs(await taxonomySitemapEntries(payload, 'vi'))
    expect(vi).toEqual(expect.arrayContaining([`${origin}/vi`, `${origin}/vi/thoi-su`, `${origin}/vi/the-thao`]))
    const en = locs(await taxonomySitemapEntries(payload, 'en'))
    expect(en).toContain(`${origin}/en/thoi-su`)
    expect(en).not.toContain(`${origin}/en/the-thao`)
  })

  test('urlset XML escapes addresses and carries xhtml:link alternates', async () => {
    const xml = renderUrlset([{ loc: `${origin}/vi/a?x=1&y=2`, alternates: { en: `${origin}/en/a` } }])
    expect(xml).toContain('<loc>http://localhost:3000/vi/a?x=1&amp;y=2</loc>')
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="http://localhost:3000/en/a"/>')
  })
})

describe('feeds', () => {
  test('the locale feed: newest first, full lead, photo in the social size, escaped XML', async () => {
    const feed = await buildFeed(payload, 'vi')
    expect(feed?.items.map((item) => item.title)).toEqual([
      'Bóng đá <U23> & "Việt Nam"',
      'Cầu Rồng phun lửa',
      'Chợ đêm mở cửa',
      'Tin cũ ba ngày',
    ])
    const item = feed?.items[1]
    expect(item?.lead).toBe('Sapo đầy đủ của bài Cầu Rồng phun lửa & <thêm>.')
    expect(item?.image).toMatchObject({ width: 1200, height: 630 })
    expect(item?.image?.url).toMatch(/^http:\/\/localhost:3000\/api\/media\/file\/.+1200x630/)
    const rss = renderRss(feed!)
    expect(rss).toContain('<title>Bóng đá &lt;U23&gt; &amp; &quot;Việt Nam&quot;</title>')
    expect(rss).toContain(`<guid isPermaLink="false">${feedGuid(bilingual, 'vi')}</guid>`)
    expect(rss).toMatch(/<enclosure url="[^"]+1200x630[^"]*" type="image\/webp" length="[1-9][0-9]*"\/>/)
    expect(rss).not.toContain('<U23>')
    const atom = renderAtom(feed!)
    expect(atom).toContain(`<id>${feedGuid(bilingual, 'vi')}</id>`)
    expect(atom).toContain('<summary>Sapo đầy đủ của bài Cầu Rồng phun lửa &amp; &lt;thêm&gt;.</summary>')
  })

  test('a section feed lists only that section; an unknown section has none', async () => {
    const feed = await buildFeed(payload, 'vi', 'the-thao')
    expect(feed?.items.map((item) => item.title)).toEqual(['Bóng đá <U23> & "Việt Nam"'])
    expect(feed?.self).toBe('/vi/the-thao')
    expect(await buildFeed(payload, 'vi', 'khong-co')).toBeUndefined()
    // The sports section has no English name: no English feed for it.
    expect(await buildFeed(payload, 'en', 'the-thao')).toBeUndefined()
  })

  test('GUIDs stay the same when an edition is corrected under a new headline and slug', async () => {
    const before = (await buildFeed(payload, 'en'))?.items.find((item) => item.guid === feedGuid(bilingual, 'en'))
    await payload.update({
      collection: 'articles',
      id: bilingual,
      locale: 'en',
      data: { title: 'Dragon Bridge breathes fire again', slug: 'dragon-bridge-fire-again', _status: 'published' },
    })
    const after = (await buildFeed(payload, 'en'))?.items.find((item) => item.guid === feedGuid(bilingual, 'en'))
    expect(before?.link).not.toBe(after?.link)
    expect(after?.title).toBe('Dragon Bridge breathes fire again')
    expect(after?.updatedAt).not.toBe(before?.updatedAt)
  })
})

describe('structured data and metadata', () => {
  test('NewsArticle JSON-LD with translations both ways', async () => {
    const vi = await articleBySlug(payload, 'vi', 'cau-rong-phun-lua')
    const editions = await editionLinks(payload, bilingual)
    const source = newsArticleJsonLd(vi!, 'vi', editions.vi!, editions)
    expect(source).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Cầu Rồng phun lửa',
      inLanguage: 'vi-VN',
      datePublished: vi?.publishedAt,
      isPartOf: { '@type': 'CollectionPage', url: `${origin}/vi/thoi-su` },
      workTranslation: [{ '@id': `${origin}${editions.en}`, inLanguage: 'en' }],
    })
    expect((source.image as { width: number }[])[0].width).toBe(1200)
    const en = await articleBySlug(payload, 'en', editions.en!.split('/').pop()!)
    const translation = newsArticleJsonLd(en!, 'en', editions.en!, editions)
    expect(translation.translationOfWork).toMatchObject({ '@id': `${origin}/vi/thoi-su/cau-rong-phun-lua`, inLanguage: 'vi-VN' })
    expect(translation.workTranslation).toBeUndefined()
  })

  test('JSON-LD cannot close its script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>' })
    expect(json).not.toContain('<')
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>')
  })

  test('SEO title and description default to headline and lead; editors may override them per edition', async () => {
    const vi = await articleBySlug(payload, 'vi', 'cho-dem-mo-cua')
    const editions = await editionLinks(payload, viOnly)
    const plain = articleMetadata(vi!, 'vi', editions.vi!, editions)
    expect(plain.title).toBe('Chợ đêm mở cửa')
    expect(plain.description).toBe('Sapo đầy đủ của bài Chợ đêm mở cửa & <thêm>.')
    expect(plain.alternates?.languages).toEqual({
      'vi-VN': `${origin}/vi/thoi-su/cho-dem-mo-cua`,
      'x-default': `${origin}/vi/thoi-su/cho-dem-mo-cua`,
    })
    await payload.update({
      collection: 'articles',
      id: viOnly,
      locale: 'vi',
      data: { meta: { title: 'Chợ đêm: giờ mở cửa', description: 'Mô tả riêng' }, _status: 'published' },
    })
    const custom = articleMetadata((await articleBySlug(payload, 'vi', 'cho-dem-mo-cua'))!, 'vi', editions.vi!, editions)
    expect(custom.title).toBe('Chợ đêm: giờ mở cửa')
    expect(custom.description).toBe('Mô tả riêng')
    expect(custom.openGraph).toMatchObject({ type: 'article', section: 'Mục thoi-su' })
  })
})

test("a draft published then unpublished leaves search engines' lists: sitemaps, news sitemap, feeds", async () => {
  const id = await make({ title: 'Tin nóng rồi gỡ', hoursAgo: 0.5, publish: false })
  const everywhere = async () => [
    locs(await articleSitemapEntries(payload, 'vi', 1)).some((loc) => loc.endsWith('/tin-nong-roi-go')),
    (await newsSitemapEntries(payload, 'vi')).some((entry) => entry.title === 'Tin nóng rồi gỡ'),
    Boolean((await buildFeed(payload, 'vi'))?.items.some((item) => item.guid === feedGuid(id, 'vi'))),
  ]
  expect(await everywhere()).toEqual([false, false, false])
  await publishEdition(payload, id, 'vi')
  expect(await everywhere()).toEqual([true, true, true])
  await payload.update({ collection: 'articles', id, locale: 'vi', data: { _status: 'draft' } })
  expect(await everywhere()).toEqual([false, false, false])
  expect(old).toBeGreaterThan(0)
})
