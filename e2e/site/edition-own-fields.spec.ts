import { expect, type Page, test } from '@playwright/test'

import { logIn } from '../helpers/auth'
import { byKey, isPublic, relatedOf, type DemoLocale } from '../helpers/demo'

/**
 * Issue 12, case 5: each edition of a story shows its own source line, its own hero photo (exactly
 * one, at the top) and its own related list. The demo's Rạch Sen story was written by Vietnam+
 * (vi), adapted by NDO (en, with its own photo, related order and a link to another NDO story)
 * and by VNA's Chinese service (zh).
 */
const story = byKey('hcm-flood-drainage')
const path = (locale: DemoLocale) =>
  `/${locale}/${story.section}/${locale === 'en' ? 'ho-chi-minh-city-puts-rach-sen-tidal-sluice-into-operation' : story.key}`
/** Headlines of these picks as the related widget lists them: only editions public in that language. */
const relatedTitles = (locale: DemoLocale, keys: string[]) =>
  keys.filter((key) => isPublic(byKey(key), locale)).map((key) => byKey(key).editions[locale]?.title ?? '')

test.describe.configure({ mode: 'serial' })

async function storyId(page: Page): Promise<number> {
  const response = await page.request.get(`/api/articles?where[slug][equals]=${story.key}&locale=vi&depth=0`)
  const body = (await response.json()) as { docs: { id: number }[] }
  expect(body.docs).toHaveLength(1)
  return body.docs[0].id
}

async function shownRelated(page: Page, count: number): Promise<string[]> {
  return (await page.locator('#related .card__title a').allInnerTexts()).slice(0, count)
}

test('each edition reads with its own source line, its own single hero photo and its own related order', async ({ page }) => {
  const expected: Record<DemoLocale, { source: RegExp; href: string; photo: string }> = {
    vi: { source: /^Nguồn:\s*Vietnam\+$/, href: story.source?.url ?? '', photo: 'demo-tidal-sluice' },
    en: { source: /^Source:\s*NDO$/, href: story.editions.en?.source?.url ?? '', photo: 'demo-canal-bank-residents' },
    zh: { source: /^来源:\s*越通社$/, href: story.editions.zh?.source?.url ?? '', photo: 'demo-tidal-sluice' },
  }
  for (const locale of ['vi', 'en', 'zh'] as const) {
    const response = await page.goto(path(locale))
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.editions[locale]?.title ?? '')
    await expect(page.locator('.byline__source')).toHaveText(expected[locale].source)
    await expect(page.locator('.byline__source a')).toHaveAttribute('href', expected[locale].href)

    // One photo at the top, the edition's own; never the source's stacked above it.
    const top = page.locator('.article__content > figure.photo')
    await expect(top).toHaveCount(1)
    expect(decodeURIComponent((await top.locator('img').getAttribute('src')) ?? '')).toContain(expected[locale].photo)

    const picks = relatedTitles(locale, relatedOf(story, locale))
    expect(await shownRelated(page, picks.length)).toEqual(picks)
  }
  // The two editions really differ as set.
  expect(relatedOf(story, 'en')).toEqual([...relatedOf(story, 'vi')].reverse())
})

test('the English edition links another NDO story outside the newsroom, marked as leaving the site', async ({ page }) => {
  await page.goto(path('en'))
  const outside = page.locator('.inline-related--external a')
  await expect(outside).toHaveCount(1)
  await expect(outside).toHaveAttribute('href', 'https://example.org/ndo/anti-flooding-projects')
  await expect(outside).toHaveAttribute('rel', /\bnoopener\b/)
  await expect(outside).toContainText('Ho Chi Minh City speeds up anti-flooding projects')
  await expect(outside).toContainText('(external site)')
  // Other editions have no such line.
  await page.goto(path('vi'))
  await expect(page.locator('.inline-related--external')).toHaveCount(0)
})

test('reordering the Vietnamese related list changes the Vietnamese page only; the live English page is unchanged', async ({ page }) => {
  await logIn(page, 'editor')
  const id = await storyId(page)
  const ids = async (locale: DemoLocale) =>
    ((await (await page.request.get(`/api/articles/${id}?locale=${locale}&depth=0`)).json()) as { related?: number[] }).related ?? []
  const viBefore = await ids('vi')
  const enBefore = await ids('en')
  expect(viBefore).toHaveLength(2)
  const publishVi = (related: number[]) =>
    page.request.patch(`/api/articles/${id}?locale=vi&publishSpecificLocale=vi`, { data: { related, _status: 'published' } })
  const viKeys = relatedOf(story, 'vi')
  try {
    expect((await publishVi([...viBefore].reverse())).status()).toBe(200)
    expect(await ids('vi')).toEqual([...viBefore].reverse())
    expect(await ids('en')).toEqual(enBefore)

    // Pages are cached: seeing the new Vietnamese order proves the change reached the site.
    await expect(async () => {
      await page.goto(path('vi'))
      expect(await shownRelated(page, 2)).toEqual(relatedTitles('vi', [...viKeys].reverse()))
    }).toPass({ timeout: 20_000 })
    await page.goto(path('en'))
    expect(await shownRelated(page, 2)).toEqual(relatedTitles('en', relatedOf(story, 'en')))
  } finally {
    expect((await publishVi(viBefore)).status()).toBe(200)
  }
})
