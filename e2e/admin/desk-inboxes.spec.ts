import { expect, test, type Locator, type Page } from '@playwright/test'

import { demoAccount, vietnameseAdmin } from '../helpers/auth'
import { dayFirst, typeDate } from '../helpers/dates'

/**
 * A dashboard box as the person sees it. Right after a navigation the page can still hold a hidden
 * copy of the dashboard for a moment (seen in CI: one box shown, two in the DOM).
 */
function inbox(page: Page, name: string): Locator {
  return page.getByTestId(`inbox-${name}`).filter({ visible: true })
}

/**
 * The desk in the Vietnamese admin: a reporter writes and submits with the one button offered;
 * the editor finds it under "waiting for review" with a count, sends it back (the reporter is
 * told, and finds it under "my drafts"), then schedules and publishes it with buttons; the history names who did each step.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 })

const stateOf = async (page: Page, id: string): Promise<string | undefined> => {
  const response = await page.request.get(`/api/articles/${id}?draft=true&locale=vi&depth=0`)
  return ((await response.json()) as { workflowState?: string }).workflowState
}

const workflowButtons = (page: Page) => page.getByTestId('workflow-control').getByRole('button')
const screenshots = process.env.SCREENSHOTS === '1'
const title = `Tin bàn biên tập ${Date.now()}`
let id = ''

test('a reporter writes a story and is offered only "Gửi duyệt"; the list shows it first', async ({ browser }) => {
  const page = await vietnameseAdmin(browser, 'reporter')
  await page.goto('/admin/collections/articles/create')
  await page.locator('#field-title').fill(title)
  await page.locator('#field-lead').fill(`Sapo của bài "${title}".`)
  await page.locator('#field-section .rs__control').click()
  await page.locator('.rs__option').first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+/)
  id = page.url().match(/articles\/(\d+)/)?.[1] ?? ''

  // No state select to pick "Đã đăng" from: one button, and the header says what the field says.
  await expect(page.locator('#field-workflowState')).toHaveCount(0)
  await expect(workflowButtons(page)).toHaveText(['Gửi duyệt'])
  await expect(page.getByTestId('workflow-header')).toContainText('Nháp')
  await page.getByRole('button', { name: 'Gửi duyệt', exact: true }).click()
  await expect.poll(() => stateOf(page, id), { timeout: 20_000 }).toBe('in_review')
  await expect(page.getByTestId('workflow-header')).toContainText('Chờ duyệt')
  await expect(page.getByTestId('workflow-state')).toHaveText('Chờ duyệt')
  await expect(workflowButtons(page)).toHaveCount(0)

  // Last edited first: the new story heads the list. Payload's bulk "Xuất bản" is not offered to a reporter.
  await page.goto('/admin/collections/articles')
  const firstRow = page.locator('table tbody tr').first()
  await expect(firstRow).toContainText(title)
  await firstRow.locator('.select-row__checkbox input').check()
  await expect(page.locator('.list-selection__button').first()).toBeVisible()
  await expect(page.locator('.list-selection__button', { hasText: /^Xuất bản$/ })).toBeHidden()
  await page.context().close()
})

test('the editor finds it waiting for review, sends it back; the reporter is told and finds it among their drafts', async ({ browser }) => {
  const editor = await vietnameseAdmin(browser, 'editor')
  await editor.goto('/admin')
  const inReview = inbox(editor, 'inReview')
  await expect(inReview).toContainText('Chờ duyệt')
  expect(Number(await inReview.getAttribute('data-count'))).toBeGreaterThan(0)
  await expect(editor.getByTestId('notices').getByTestId('notice').filter({ hasText: title, visible: true })).toContainText('gửi duyệt')
  if (screenshots) await editor.screenshot({ path: 'docs/admin-guide/inbox-dashboard.png', fullPage: true })
  await inReview.locator('a[data-locale="vi"]').click()
  await expect(editor.locator('table tbody')).toContainText(title)
  await editor.locator('table tbody tr', { hasText: title }).getByRole('link').first().click()

  await expect(workflowButtons(editor)).toHaveText(['Đăng bản này', 'Hẹn giờ đăng', 'Trả lại phóng viên'])
  // The history names who submitted it.
  await expect(editor.getByTestId('transition-by').first()).toHaveText(demoAccount('reporter').name)
  if (screenshots) await editor.screenshot({ path: 'docs/admin-guide/workflow-editor.png', fullPage: true })
  await editor.getByRole('button', { name: 'Trả lại phóng viên', exact: true }).click()
  await expect.poll(() => stateOf(editor, id), { timeout: 20_000 }).toBe('draft')
  await editor.context().close()

  const reporter = await vietnameseAdmin(browser, 'reporter')
  await reporter.goto('/admin')
  const notice = reporter.getByTestId('notices').getByTestId('notice').filter({ hasText: title, visible: true })
  await expect(notice).toHaveAttribute('data-kind', 'sent_back')
  await expect(notice).toContainText('trả lại')
  await notice.getByRole('button', { name: 'Đã đọc', exact: true }).click()
  await expect(notice).toHaveCount(0)
  // The editor saved it last, but it is the reporter's draft again: counted under "Bản nháp của tôi",
  // and the count's link lists exactly the drafts counted.
  const myDrafts = inbox(reporter, 'myDrafts')
  await expect(myDrafts).toContainText('Bản nháp của tôi')
  const viDrafts = myDrafts.locator('a[data-locale="vi"]')
  const counted = Number((await viDrafts.textContent())?.match(/(\d+)\s*$/)?.[1])
  expect(counted).toBeGreaterThan(0)
  await viDrafts.click()
  await expect(reporter.locator('table tbody')).toContainText(title)
  await expect(reporter.locator('table tbody tr')).toHaveCount(Math.min(counted, 10))
  // Submitted again, with the button.
  await reporter.goto(`/admin/collections/articles/${id}`)
  await reporter.getByRole('button', { name: 'Gửi duyệt', exact: true }).click()
  await expect.poll(() => stateOf(reporter, id), { timeout: 20_000 }).toBe('in_review')
  await reporter.context().close()
})

test('the editor schedules it with a button, then publishes it; header and field agree', async ({ browser }) => {
  const editor = await vietnameseAdmin(browser, 'editor')
  await editor.goto(`/admin/collections/articles/${id}`)
  await editor.getByRole('button', { name: 'Hẹn giờ đăng', exact: true }).click()
  const at = new Date(Date.now() + 2 * 3_600_000)
  at.setSeconds(0, 0)
  at.setMinutes(Math.ceil(at.getMinutes() / 5) * 5)
  await typeDate(editor, 'scheduledFor', dayFirst(at), 'Enter')
  await expect.poll(() => stateOf(editor, id), { timeout: 20_000 }).toBe('scheduled')
  await expect(editor.getByTestId('workflow-header')).toContainText('Hẹn giờ đăng')
  await expect(workflowButtons(editor)).toHaveText(['Đăng bản này', 'Huỷ hẹn giờ'])

  await editor.getByRole('button', { name: 'Đăng bản này', exact: true }).click()
  await expect.poll(() => stateOf(editor, id), { timeout: 20_000 }).toBe('published')
  await expect(editor.getByTestId('workflow-header')).toContainText('Đã đăng')
  await expect(editor.getByTestId('workflow-state')).toHaveText('Đã đăng')
  await editor.goto('/admin')
  await expect(inbox(editor, 'recentlyPublished')).toContainText(title)
  await editor.context().close()
})
