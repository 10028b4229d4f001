import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { apiHandlers, type Api } from '@/testing/api'
import { createSection, createStaff, publishEdition, type StaffUser } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { readInboxes, type InboxName } from './inboxes'

let t: TestPayload
let api: Api
let section: number
const password = 'test-password-1'
const staff = {} as Record<'editor' | 'reporter' | 'otherReporter' | 'translator', StaffUser>

beforeAll(async () => {
  t = await startTestPayload()
  api = await apiHandlers()
  staff.editor = await createStaff(t.payload, 'editor')
  staff.reporter = await createStaff(t.payload, 'reporter')
  staff.otherReporter = await createStaff(t.payload, 'reporter')
  staff.translator = await createStaff(t.payload, 'translator')
  section = (await createSection(t.payload)).id
})
afterAll(async () => t?.close())

const write = (user: StaffUser, data: Record<string, unknown>) =>
  t.payload.create({ collection: 'articles', locale: 'vi', draft: true, overrideAccess: false, user, data: { section, ...data } })
const saveDraft = (user: StaffUser, id: number, data: Record<string, unknown>, locale: Locale = 'vi') =>
  t.payload.update({ collection: 'articles', id, locale, draft: true, overrideAccess: false, user, data })

async function counts(user: StaffUser): Promise<Record<InboxName, number>> {
  const { inboxes } = await readInboxes(t.payload, user as User)
  return Object.fromEntries(inboxes.map((inbox) => [inbox.name, inbox.total])) as Record<InboxName, number>
}

async function noticesOf(user: StaffUser) {
  const result = await t.payload.find({ collection: 'notices', overrideAccess: false, user, depth: 0, where: { read: { equals: false } } })
  return result.docs.map((notice) => ({ kind: notice.kind, article: notice.article, locale: notice.locale }))
}

const token = (user: StaffUser) => api.login(user.email, password)

describe('refused workflow moves, over REST, in the admin language', () => {
  test('a reporter cannot pick "published" (400 on the field) or schedule (403), in vi and en', async () => {
    const draft = await write(staff.reporter, { title: 'Bài bị từ chối' })
    const jwt = await token(staff.reporter)
    const pick = (state: string, language: string) =>
      api.send({
        method: 'PATCH',
        path: `/api/articles/${draft.id}?draft=true&locale=vi`,
        token: jwt,
        headers: { 'accept-language': language },
        json: { workflowState: state, scheduledFor: state === 'scheduled' ? new Date(Date.now() + 3_600_000).toISOString() : undefined },
      })
    const vi = await pick('published', 'vi')
    expect(vi.status).toBe(400)
    expect(JSON.stringify(await vi.json())).toMatch(/"path":"workflowState".*nút Đăng và Gỡ bài/)
    const en = await pick('published', 'en')
    expect(JSON.stringify(await en.json())).toMatch(/Use the Publish \/ Unpublish buttons/)
    const schedule = await pick('scheduled', 'vi')
    expect(schedule.status).toBe(403)
    expect(JSON.stringify(await schedule.json())).toContain('Chỉ biên tập viên được hẹn giờ đăng')
    // Nothing of the refused saves was kept.
    const stored = await t.payload.findByID({ collection: 'articles', id: draft.id, locale: 'vi', draft: true, depth: 0 })
    expect(stored.workflowState).toBe('draft')
  })
})

describe('inboxes and notices', () => {
  test('each inbox counts what the person may see: my drafts are my own; review, schedule and revisions are the desk’s', async () => {
    const before = { reporter: await counts(staff.reporter), other: await counts(staff.otherReporter), editor: await counts(staff.editor) }
    const mine = await write(staff.reporter, { title: 'Nháp của tôi' })
    await write(staff.otherReporter, { title: 'Nháp của người khác' })
    expect((await counts(staff.reporter)).myDrafts).toBe(before.reporter.myDrafts + 1)
    expect((await counts(staff.otherReporter)).myDrafts).toBe(before.other.myDrafts + 1)

    // Submitted: out of my drafts, into everyone's "waiting for review", and the editors are told.
    await saveDraft(staff.reporter, mine.id, { workflowState: 'in_review' })
    const afterSubmit = await counts(staff.reporter)
    expect(afterSubmit.myDrafts).toBe(before.reporter.myDrafts)
    expect(afterSubmit.inReview).toBe(before.reporter.inReview + 1)
    expect((await counts(staff.editor)).inReview).toBe(before.editor.inReview + 1)
    expect(await noticesOf(staff.editor)).toContainEqual({ kind: 'submitted', article: mine.id, locale: 'vi' })
    // Nobody reads another person's notices.
    expect(await noticesOf(staff.otherReporter)).toEqual([])

    // Sent back by the editor: back to the reporter's drafts (though the editor saved last), not the editor's, and the reporter is told.
    await saveDraft(staff.editor, mine.id, { workflowState: 'draft' })
    expect(await noticesOf(staff.reporter)).toContainEqual({ kind: 'sent_back', article: mine.id, locale: 'vi' })
    expect((await counts(staff.editor)).inReview).toBe(before.editor.inReview)
    expect((await counts(staff.reporter)).myDrafts).toBe(before.reporter.myDrafts + 1)
    expect((await counts(staff.editor)).myDrafts).toBe(before.editor.myDrafts)
    expect((await counts(staff.otherReporter)).myDrafts).toBe(before.other.myDrafts + 1)
    // The count's filter is the list's: the same where, read as the list reads it from the address, finds it.
    const myDrafts = (await readInboxes(t.payload, staff.reporter)).inboxes.find((inbox) => inbox.name === 'myDrafts')!
    const listed = await t.payload.find({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user: staff.reporter,
      depth: 0,
      limit: 100,
      where: myDrafts.where.vi,
    })
    expect(listed.totalDocs).toBe(myDrafts.perLocale.vi)
    expect(listed.docs.map((doc) => doc.id)).toContain(mine.id)
    expect(myDrafts.perLocale.en).toBe(0)

    // Scheduled by the editor.
    await saveDraft(staff.editor, mine.id, { workflowState: 'scheduled', scheduledFor: new Date(Date.now() + 3_600_000).toISOString() })
    expect((await counts(staff.reporter)).scheduled).toBe(before.reporter.scheduled + 1)
    expect((await counts(staff.editor)).myDrafts).toBe(before.editor.myDrafts)

    // Published, then revised: a revision of a live article waits for an editor.
    await publishEdition(t.payload, mine.id, 'vi')
    expect((await counts(staff.editor)).scheduled).toBe(before.editor.scheduled)
    expect((await counts(staff.editor)).revisions).toBe(before.editor.revisions)
    await saveDraft(staff.reporter, mine.id, { lead: 'Sapo sửa sau khi đăng' })
    expect((await counts(staff.editor)).revisions).toBe(before.editor.revisions + 1)
    const { recentlyPublished } = await readInboxes(t.payload, staff.editor)
    expect(recentlyPublished.latest.map((article) => article.id)).toContain(mine.id)
  })

  test('translators are told once when the source of their translation changes, and see translations to do per language', async () => {
    const article = await write(staff.reporter, { title: 'Bài để dịch', lead: 'Sapo gốc' })
    const jwt = await token(staff.translator)
    const start = await api.send({ method: 'POST', path: `/api/articles/${article.id}/translations/en/start`, token: jwt })
    expect(start.status).toBe(200)
    expect(await noticesOf(staff.translator)).toEqual([])
    const { translations } = await readInboxes(t.payload, staff.translator)
    expect(translations.zh).toBeGreaterThan(0)

    await saveDraft(staff.reporter, article.id, { lead: 'Sapo gốc đã sửa' })
    await saveDraft(staff.reporter, article.id, { lead: 'Sapo gốc đã sửa lần nữa' })
    const outdated = (await noticesOf(staff.translator)).filter((notice) => notice.article === article.id)
    expect(outdated).toEqual([{ kind: 'translation_outdated', article: article.id, locale: 'en' }])
  })
})

describe('"Create new" leaves no empty drafts behind', () => {
  test('an untitled draft nobody typed into is deleted once old; anything typed is kept', async () => {
    // What Payload's create view does on opening "Create new" for an autosaved collection.
    const opened = await t.payload.create({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user: staff.reporter,
      data: {},
    })
    const typedLead = await t.payload.create({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user: staff.reporter,
      data: {},
    })
    await saveDraft(staff.reporter, typedLead.id, { lead: 'Chỉ mới gõ sapo' })
    const titled = await write(staff.reporter, { title: 'Có tiêu đề' })
    // Untitled drafts are not "my drafts".
    const { inboxes } = await readInboxes(t.payload, staff.reporter)
    const myDrafts = inboxes.find((inbox) => inbox.name === 'myDrafts')

    const { forgetUntitledDrafts, untitledDraftAgeMs } = await import('@/collections/Articles/workflow/untitledDrafts')
    expect(await forgetUntitledDrafts(t.payload)).toEqual([])
    const forgotten = await forgetUntitledDrafts(t.payload, Date.now() + untitledDraftAgeMs + 60_000)
    expect(forgotten).toContain(opened.id)
    expect(forgotten).not.toContain(typedLead.id)
    expect(forgotten).not.toContain(titled.id)
    const left = await t.payload.find({
      collection: 'articles',
      draft: true,
      depth: 0,
      limit: 500,
      where: { id: { in: [opened.id, typedLead.id, titled.id] } },
    })
    expect(left.docs.map((doc) => doc.id).sort()).toEqual([typedLead.id, titled.id].sort())
    expect((await readInboxes(t.payload, staff.reporter)).inboxes.find((inbox) => inbox.name === 'myDrafts')?.total).toBe(myDrafts?.total)
  })
})
