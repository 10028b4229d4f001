import { expect, test } from '@playwright/test'

import { logIn } from '../helpers/auth'

/**
 * Live preview: the editor opens the pane next to the form and sees the draft as readers will;
 * each autosave while typing re-renders the pane. Nothing of the draft reaches the public.
 */
test.describe.configure({ timeout: 120_000 })

test('the live-preview pane shows the draft and follows the editor as they type', async ({ browser, page }) => {
  const stamp = Date.now()
  const firstTitle = `Bản nháp xem trước ${stamp}`
  const typedTitle = `Tiêu đề sửa trong lúc xem ${stamp}`

  const editor = await (await browser.newContext()).newPage()
  await logIn(editor, 'editor')
  const sections = await (await editor.request.get('/api/sections?locale=vi&depth=0&limit=1')).json()
  const created = await editor.request.post('/api/articles?draft=true&locale=vi', {
    data: { title: firstTitle, lead: `Sapo ${stamp}`, section: sections.docs[0].id, _status: 'draft' },
  })
  expect(created.ok()).toBe(true)
  const { doc } = await created.json()

  try {
    await editor.goto(`/admin/collections/articles/${doc.id}?locale=vi`)
    await editor.locator('#live-preview-toggler').click()
    const pane = editor.frameLocator('iframe').first()
    await expect(pane.locator('h1')).toHaveText(firstTitle)
    await expect(pane.locator('.preview-banner')).toBeVisible()

    await editor.locator('#field-title').fill(typedTitle)
    // Autosave (every 3 s while typing) saves the draft; the pane re-renders on the server.
    await expect(pane.locator('h1')).toHaveText(typedTitle, { timeout: 30_000 })

    // Readers see neither title: the edition has never been published.
    const publicRead = await page.request.get(`/api/articles/${doc.id}?locale=vi`)
    expect(publicRead.ok()).toBe(false)
  } finally {
    // Payload remembers the open pane in the editor's preferences: close it, as an editor would,
    // so the next article they open (in this spec or a later one) is the plain form.
    const toggler = editor.locator('#live-preview-toggler')
    if (await toggler.evaluate((element) => element.className.includes('--active'), undefined, { timeout: 5000 }).catch(() => false)) {
      await toggler.click()
      await expect(toggler).not.toHaveClass(/--active/)
    }
    // The draft was this spec's own: it leaves no article behind for the lists of later specs.
    expect((await editor.request.delete(`/api/articles/${doc.id}`)).status()).toBe(200)
    await editor.context().close()
  }
})
