import { expect, test, type Page } from '@playwright/test'

import { vietnameseAdmin } from '../helpers/auth'
import { typeDate } from '../helpers/dates'

/**
 * The desk in the Vietnamese admin: a refused save says what to fix, in Vietnamese, under the
 * field; dates are typed and shown day first, 24-hour ("04/12/2026 18:00" is 4 December), in
 * Vietnam time (the browser's, set in playwright.config). With SCREENSHOTS=1 it also saves the
 * views for docs/admin-guide.md.
 */
test.describe.configure({ timeout: 180_000 })

const screenshots = process.env.SCREENSHOTS === '1'

/** A day at least two days ahead whose day of the month is 12 or less: read month first it would be another date. */
function ambiguousDayAhead(): { typed: string; iso: string } {
  const day = new Date(Date.now() + 2 * 86_400_000)
  while (day.getUTCDate() > 12 || day.getUTCDate() === day.getUTCMonth() + 1) day.setUTCDate(day.getUTCDate() + 1)
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]
  const two = (n: number) => String(n).padStart(2, '0')
  // 18:00 in Vietnam (UTC+7, no daylight saving) is 11:00 UTC.
  return { typed: `${two(d)}/${two(m)}/${y} 18:00`, iso: new Date(Date.UTC(y, m - 1, d, 11, 0)).toISOString() }
}

const fieldError = (page: Page, field: string) => page.locator(`#field-${field} .field-error`)

test('an editor schedules with the button and a day-first time, saved as typed', async ({ browser }) => {
  const page = await vietnameseAdmin(browser, 'editor')
  const sections = (await (await page.request.get('/api/sections?limit=1&depth=0')).json()) as { docs: { id: number }[] }
  const created = await page.request.post('/api/articles?locale=vi&draft=true', {
    data: { title: `Tin hẹn giờ ${Date.now()}`, lead: 'Sapo.', section: sections.docs[0].id, _status: 'draft' },
  })
  const id = ((await created.json()) as { doc: { id: number } }).doc.id

  await page.goto(`/admin/collections/articles/${id}`)
  await page.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).click()
  // The Schedule button asks for the time under "Hẹn giờ đăng lúc" (a past time is refused on the field: the placement test below).
  await expect(page.getByText('Chọn giờ đăng ở ô "Hẹn giờ đăng lúc" bên dưới')).toBeVisible()
  if (screenshots) await page.screenshot({ path: 'docs/admin-guide/errors-schedule.png', fullPage: true })

  const when = ambiguousDayAhead()
  await typeDate(page, 'scheduledFor', when.typed)
  await expect
    .poll(
      async () => {
        const doc = await (await page.request.get(`/api/articles/${id}?locale=vi&draft=true&depth=0`)).json()
        return [doc.workflowState, doc.scheduledFor]
      },
      { timeout: 30_000 },
    )
    .toEqual(['scheduled', when.iso])
  await page.reload()
  await expect(page.locator('#field-scheduledFor input').first()).toHaveValue(when.typed)
  await page.context().close()
})

test('a placement pick expiring in the past is refused on the field; a day-first expiry is saved and shown day first', async ({
  browser,
}) => {
  const page = await vietnameseAdmin(browser, 'editor')
  const placements = (await (await page.request.get('/api/placements?limit=1&depth=0&where[picks.article][exists]=true')).json()) as {
    docs: { id: number }[]
  }
  const id = placements.docs[0].id
  await page.goto(`/admin/collections/placements/${id}`)
  const expiry = 'picks__0__expiresAt'

  await typeDate(page, expiry, '03/04/2021 09:30')
  await page.locator('#action-save').click()
  await expect(fieldError(page, expiry)).toHaveText('Thời điểm hết hạn đã qua. Hãy chọn một thời điểm trong tương lai hoặc để trống.')
  if (screenshots) await page.screenshot({ path: 'docs/admin-guide/errors-expiry.png', fullPage: true })

  const when = ambiguousDayAhead()
  await typeDate(page, expiry, when.typed)
  await page.locator('#action-save').click()
  await expect
    .poll(async () => {
      const doc = (await (await page.request.get(`/api/placements/${id}?depth=0`)).json()) as { picks: { expiresAt?: string }[] }
      return doc.picks[0]?.expiresAt
    })
    .toBe(when.iso)
  await page.reload()
  await expect(page.locator(`#field-${expiry} input`).first()).toHaveValue(when.typed)
  if (screenshots) await page.screenshot({ path: 'docs/admin-guide/dates-expiry.png', fullPage: true })
  await page.context().close()
})

test('the article list shows publication dates day first, 24-hour', async ({ browser }) => {
  const page = await vietnameseAdmin(browser, 'editor')
  await page.goto('/admin/collections/articles?limit=10')
  const published = page.locator('td.cell-publishedAt time').first()
  await expect(published).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
  if (screenshots) await page.screenshot({ path: 'docs/admin-guide/dates-list.png' })
  await page.context().close()
})

test('the version history dates each version in Vietnamese, day first, 24-hour', async ({ browser }) => {
  const page = await vietnameseAdmin(browser, 'editor')
  const articles = (await (await page.request.get('/api/articles?limit=1&depth=0&where[_status][equals]=published')).json()) as {
    docs: { id: number }[]
  }
  await page.goto(`/admin/collections/articles/${articles.docs[0].id}/versions`)
  // Payload's own view (one admin.dateFormat for every language): date-fns' long date in the admin's language.
  const first = page.locator('.cell-updatedAt a').first()
  await expect(first).toHaveText(/^ngày \d{1,2} tháng \d{1,2} năm \d{4} \d{2}:\d{2}$/)
  await page.context().close()
})
