import { createHmac } from 'node:crypto'

import { expect, test, type Browser, type Page } from '@playwright/test'

import { logIn, type DemoRole } from '../helpers/auth'
import { dayFirst, typeDate } from '../helpers/dates'

/**
 * The newsroom's day, end to end: a reporter writes and submits, an editor schedules it a minute
 * ahead and the job runner inside the app publishes it; a translator finds it in "translations
 * to do" and translates it; the English edition goes live only when an editor publishes it; a
 * correction appears at the end of the page.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 })

async function staffPage(browser: Browser, role: DemoRole): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await logIn(page, role)
  return page
}

type Edition = { title?: string; workflowState?: string; _status?: string; slug?: string; section?: { slug?: string } | number }

async function edition(page: Page, id: string, locale: 'vi' | 'en'): Promise<Edition> {
  const response = await page.request.get(`/api/articles/${id}?draft=true&locale=${locale}&fallback-locale=none&depth=1`)
  expect(response.ok()).toBe(true)
  return (await response.json()) as Edition
}

/** The workflow is moved with its buttons (per role), not a select. */
async function workflowButton(page: Page, action: 'submit' | 'schedule') {
  await page.locator(`#workflow-${action}`).click()
}

const stamp = Date.now()
const viTitle = `Tin quy trình biên tập ${stamp}`
const enTitle = `Editorial workflow story ${stamp}`
let id = ''

test('the job runner and preview cannot be triggered by the public', async ({ request, browser }) => {
  expect((await request.get('/api/payload-jobs/run')).status()).toBe(401)
  expect((await request.get('/api/payload-jobs/run', { headers: { authorization: 'Bearer guess' } })).status()).toBe(401)
  expect((await request.get('/next/preview?secret=forged&id=1&locale=vi')).status()).toBe(403)
  const reporter = await staffPage(browser, 'reporter')
  expect((await reporter.request.get('/api/payload-jobs/run')).status()).toBe(401)
  await reporter.context().close()
})

test('a reporter writes an article and submits it for review', async ({ browser }) => {
  const page = await staffPage(browser, 'reporter')
  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(viTitle)
  await page.locator('#field-lead').fill(`Sapo của bài "${viTitle}".`)
  await page.locator('#field-section .rs__control').click()
  await page.locator('.rs__option').first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/)
  id = page.url().match(/articles\/(\d+)/)?.[1] ?? ''

  await workflowButton(page, 'submit')
  // The submission is saved at once; no publish control is offered.
  await expect.poll(async () => (await edition(page, id, 'vi')).workflowState, { timeout: 20_000 }).toBe('in_review')
  await expect(page.locator('#action-save')).toHaveCount(0)
  // Scheduling is refused to a reporter, even through the API.
  const schedule = await page.request.patch(`/api/articles/${id}?draft=true&locale=vi`, {
    data: { workflowState: 'scheduled', scheduledFor: new Date(Date.now() + 3_600_000).toISOString() },
  })
  expect(schedule.status()).toBe(403)
  await page.context().close()
})

test('an editor previews the draft, then schedules it a minute ahead, and it appears on the site', async ({ browser, page }) => {
  const editor = await staffPage(browser, 'editor')
  // Preview: a staff member with the secret sees the draft; without a login the link is refused.
  const secret = createHmac('sha256', 'newsroom-e2e-secret').update('newsroom-preview').digest('base64url')
  const previewLink = `/next/preview?secret=${secret}&id=${id}&locale=vi`
  expect((await page.request.get(previewLink, { maxRedirects: 0 })).status()).toBe(401)
  await editor.goto(previewLink)
  await expect(editor.getByRole('heading', { level: 1, name: viTitle })).toBeVisible()
  await expect(editor.locator('.preview-banner')).toBeVisible()
  const draftPath = new URL(editor.url()).pathname
  expect((await page.goto(draftPath))?.status()).toBe(404)

  // In the admin: choose "Scheduled", then type the time (the next whole minute at least 45 s away).
  await editor.goto(`/admin/collections/articles/${id}?locale=vi`)
  await workflowButton(editor, 'schedule')
  const at = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000)
  await typeDate(editor, 'scheduledFor', dayFirst(at), 'Enter')
  await expect
    .poll(
      async () => {
        const vi = (await edition(editor, id, 'vi')) as Edition & { scheduledFor?: string }
        return `${vi.workflowState}|${vi.scheduledFor ? new Date(vi.scheduledFor).toISOString() : ''}`
      },
      { timeout: 20_000 },
    )
    .toBe(`scheduled|${at.toISOString()}`)

  // The job queue runs inside the app: within a minute or so of its time, readers see it.
  await expect
    .poll(
      async () => {
        await page.goto('/vi')
        return page.getByRole('link', { name: viTitle }).count()
      },
      { timeout: 150_000, intervals: [5_000] },
    )
    .toBeGreaterThan(0)
  expect((await edition(editor, id, 'vi')).workflowState).toBe('published')
  await editor.context().close()
})

test('a translator finds it in "translations to do" and translates it; English goes live only when an editor publishes', async ({
  browser,
  page,
}) => {
  const translator = await staffPage(browser, 'translator')
  await translator.goto('/admin/translations')
  const row = translator.locator(`tr[data-article="${id}"][data-locale="en"]`)
  await expect(row).toBeVisible()
  // One language at a time: the Chinese list leaves the English edition out, and back.
  await translator.getByRole('link', { name: /^ZH \(\d+\)$/ }).click()
  await expect(translator.locator(`tr[data-article="${id}"][data-locale="zh"]`)).toBeVisible()
  await expect(row).toHaveCount(0)
  await translator.getByRole('link', { name: /^EN \(\d+\)$/ }).click()
  await expect(translator.locator(`tr[data-article="${id}"][data-locale="zh"]`)).toHaveCount(0)
  await row.getByRole('link').click()
  await expect(translator).toHaveURL(new RegExp(`/admin/collections/articles/${id}`))

  const desk = translator.getByTestId('translation-desk')
  await expect(desk.locator('li[data-locale="en"]')).toHaveAttribute('data-state', 'missing')
  await desk
    .getByRole('button', { name: /\(en\)/ })
    .first()
    .click()
  await expect(translator).toHaveURL(/locale=en/)
  // The source text is copied in, ready to be translated in place.
  await expect(translator.locator('#field-title')).toHaveValue(viTitle)
  await translator.locator('#field-title').fill(enTitle)
  await translator.locator('#field-lead').fill(`The lead of "${enTitle}".`)
  await workflowButton(translator, 'submit')
  await expect
    .poll(
      async () => {
        const en = await edition(translator, id, 'en')
        return `${en.title}|${en.workflowState}`
      },
      { timeout: 20_000 },
    )
    .toBe(`${enTitle}|in_review`)
  await expect(translator.locator('#action-save')).toHaveCount(0)
  await translator.context().close()

  // Not public yet.
  await page.goto('/en')
  await expect(page.getByRole('link', { name: enTitle })).toHaveCount(0)

  const editor = await staffPage(browser, 'editor')
  await editor.goto(`/admin/collections/articles/${id}?locale=en`)
  await expect(editor.locator('#field-title')).toHaveValue(enTitle)
  await editor.locator('#action-save').click()
  await expect.poll(async () => (await edition(editor, id, 'en'))._status, { timeout: 20_000 }).toBe('published')
  await expect
    .poll(
      async () => {
        await page.goto('/en')
        return page.getByRole('link', { name: enTitle }).count()
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(0)
  await editor.context().close()
})

test('an editor adds a correction and it appears at the end of the article', async ({ browser, page }) => {
  const editor = await staffPage(browser, 'editor')
  // The list shows every edition's state, and filters by workflow state.
  await editor.goto(`/admin/collections/articles?where[workflowState][equals]=published&limit=100`)
  // The admin remembers the editor's last locale, so find the row by its link, not its headline.
  const row = editor.locator('tr', { has: editor.locator(`a[href$="/articles/${id}"]`) })
  await expect(row.locator('[data-testid="editions-cell"] [data-locale="en"]')).toHaveAttribute('data-state', 'published')
  await expect(row.locator('[data-testid="editions-cell"] [data-locale="zh"]')).toHaveAttribute('data-state', 'missing')

  await editor.goto(`/admin/collections/articles/${id}?locale=vi`)
  const note = `Bản trước ghi nhầm ngày khai trương (${stamp}).`
  await editor
    .locator('#field-corrections')
    .getByRole('button', { name: /Add|Thêm|添加/ })
    .first()
    .click()
  await editor.locator('#field-corrections__0__text').fill(note)
  await editor.locator('#action-save').click()
  await expect
    .poll(
      async () => {
        const response = await editor.request.get(`/api/articles/${id}?locale=vi&depth=0`)
        return ((await response.json()) as { corrections?: { text?: string }[] }).corrections?.[0]?.text
      },
      { timeout: 20_000 },
    )
    .toBe(note)
  await editor.context().close()

  await page.goto('/vi')
  await page.getByRole('link', { name: viTitle }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: viTitle })).toBeVisible()
  await expect(page.locator('.corrections')).toContainText(note)
})
