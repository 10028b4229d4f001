import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  createDraftArticle,
  createSection,
  createStaff,
  expectFieldError,
  expectForbidden,
  publishEdition,
  type StaffUser,
} from '@/testing/fixtures'
import type { Locale } from '@/i18n/locales'
import { startTestPayload, type TestPayload } from '@/testing/payload'
import { cancelScheduledPublish } from './workflow/schedule'
import { mayRunJobs } from './workflow/jobsAccess'
import { publishMissedSchedules, sweepNote } from './workflow/sweep'

let t: TestPayload
let section: number
const staff = {} as Record<'admin' | 'editor' | 'reporter' | 'translator', StaffUser>

beforeAll(async () => {
  t = await startTestPayload()
  for (const role of ['admin', 'editor', 'reporter', 'translator'] as const) staff[role] = await createStaff(t.payload, role)
  section = (await createSection(t.payload)).id
})
afterAll(async () => t?.close())

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

async function history(payload: Payload, article: number) {
  const result = await payload.find({
    collection: 'article-transitions',
    where: { article: { equals: article } },
    sort: 'at',
    depth: 0,
    limit: 100,
  })
  return result.docs.map((d) => ({
    locale: d.locale,
    from: d.from ?? null,
    to: d.to,
    by: typeof d.by === 'number' ? d.by : (d.by?.id ?? null),
    note: d.note ?? null,
  }))
}

const saveDraft = (user: StaffUser, id: number, data: Record<string, unknown>, locale: Locale = 'vi') =>
  t.payload.update({ collection: 'articles', id, locale, draft: true, overrideAccess: false, user, data })

const publicTitles = async (locale: 'vi' | 'en') =>
  (await t.payload.find({ collection: 'articles', locale, overrideAccess: false, fallbackLocale: false, depth: 0, limit: 200 })).docs.map(
    (d) => d.title,
  )

async function pendingScheduleJobs(id: number) {
  const jobs = await t.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' } },
    depth: 0,
    limit: 100,
  })
  return jobs.docs.filter((job) => !job.completedAt && String((job.input as { doc?: { value?: unknown } }).doc?.value) === String(id))
}

describe('submitting for review', () => {
  test.each(['reporter', 'translator'] as const)('a %s submits an edition for review, and the move is recorded', async (role) => {
    const user = staff[role]
    const draft = await t.payload.create({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      overrideAccess: false,
      user,
      data: { title: `Gửi duyệt ${role}`, section, _status: 'draft' },
    })
    expect(draft.workflowState).toBe('draft')
    const submitted = await saveDraft(user, draft.id, { workflowState: 'in_review' })
    expect(submitted.workflowState).toBe('in_review')
    expect(await history(t.payload, draft.id)).toEqual([
      { locale: 'vi', from: null, to: 'draft', by: user.id, note: null },
      { locale: 'vi', from: 'draft', to: 'in_review', by: user.id, note: null },
    ])
    // Autosaves that do not move the edition add nothing to its history.
    await saveDraft(user, draft.id, { lead: 'Sapo mới', workflowState: 'in_review' })
    expect(await history(t.payload, draft.id)).toHaveLength(2)
  })

  test('nobody can mark an edition published or unpublished without publishing or unpublishing it', async () => {
    const draft = await createDraftArticle(t.payload, section, 'Không tự đặt trạng thái')
    for (const user of [staff.reporter, staff.editor]) {
      await expectFieldError(saveDraft(user, draft.id, { workflowState: 'published' }), 'workflowState', /Đăng \/ Gỡ bài/)
    }
  })

  test('nobody outside the staff can read or write the history', async () => {
    const draft = await createDraftArticle(t.payload, section, 'Lịch sử kín')
    await expectForbidden(t.payload.find({ collection: 'article-transitions', overrideAccess: false }))
    await expectForbidden(
      t.payload.create({
        collection: 'article-transitions',
        overrideAccess: false,
        user: staff.admin,
        data: { article: draft.id, locale: 'vi', to: 'published', at: new Date().toISOString() },
      }),
    )
  })
})

describe('scheduling and unpublishing: editors only', () => {
  test.each(['reporter', 'translator'] as const)('a %s can neither schedule nor unpublish', async (role) => {
    const user = staff[role]
    const draft = await createDraftArticle(t.payload, section, `Không hẹn giờ ${role}`)
    await expectForbidden(saveDraft(user, draft.id, { workflowState: 'scheduled', scheduledFor: inMinutes(30) }))
    expect(await pendingScheduleJobs(draft.id)).toHaveLength(0)

    // An editor schedules; the reporter may not cancel or move the schedule.
    await saveDraft(staff.editor, draft.id, { workflowState: 'scheduled', scheduledFor: inMinutes(30) })
    await expectForbidden(saveDraft(user, draft.id, { workflowState: 'draft' }))
    await expectForbidden(saveDraft(user, draft.id, { workflowState: 'scheduled', scheduledFor: inMinutes(5) }))

    const live = await createDraftArticle(t.payload, section, `Đang đăng ${role}`)
    await publishEdition(t.payload, live.id, 'vi')
    await expectForbidden(
      t.payload.update({ collection: 'articles', id: live.id, locale: 'vi', overrideAccess: false, user, data: { _status: 'draft' } }),
    )
    expect(await publicTitles('vi')).toContain(`Đang đăng ${role}`)
  })

  test.each(['editor', 'admin'] as const)('an %s schedules, reschedules, cancels, publishes and unpublishes', async (role) => {
    const user = staff[role]
    const draft = await createDraftArticle(t.payload, section, `Biên tập ${role}`)
    await expectFieldError(saveDraft(user, draft.id, { workflowState: 'scheduled' }), 'scheduledFor', /thời điểm đăng/)
    await expectFieldError(
      saveDraft(user, draft.id, { workflowState: 'scheduled', scheduledFor: inMinutes(-5) }),
      'scheduledFor',
      /tương lai/,
    )

    const scheduled = await saveDraft(user, draft.id, { workflowState: 'scheduled', scheduledFor: inMinutes(30) })
    expect(scheduled.workflowState).toBe('scheduled')
    const jobs = await pendingScheduleJobs(draft.id)
    expect(jobs).toHaveLength(1)
    expect(jobs[0].input).toMatchObject({ type: 'publish', locale: 'vi', user: { relationTo: 'users', value: user.id } })

    // Rescheduling replaces the job; cancelling removes it.
    await saveDraft(user, draft.id, { workflowState: 'scheduled', scheduledFor: inMinutes(60) })
    expect(await pendingScheduleJobs(draft.id)).toHaveLength(1)
    await saveDraft(user, draft.id, { workflowState: 'draft' })
    expect(await pendingScheduleJobs(draft.id)).toHaveLength(0)

    await t.payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'vi',
      overrideAccess: false,
      user,
      data: { _status: 'published' },
      publishSpecificLocale: 'vi',
    })
    expect(await publicTitles('vi')).toContain(`Biên tập ${role}`)
    const unpublished = await t.payload.update({
      collection: 'articles',
      id: draft.id,
      locale: 'vi',
      overrideAccess: false,
      user,
      data: { _status: 'draft' },
    })
    expect(unpublished.workflowState).toBe('unpublished')
    expect(await publicTitles('vi')).not.toContain(`Biên tập ${role}`)
    expect((await history(t.payload, draft.id)).map((h) => `${h.from}→${h.to}`)).toEqual([
      'null→draft',
      'draft→scheduled',
      'scheduled→draft',
      'draft→published',
      'published→unpublished',
    ])
  })

  test('"unpublish in all locales" takes every live edition down, stops scheduled ones, and each edition says so', async () => {
    const article = await createDraftArticle(t.payload, section, 'Gỡ toàn bộ')
    await saveDraft(staff.editor, article.id, { title: 'Taken down everywhere' }, 'en')
    await saveDraft(staff.editor, article.id, { title: '全部撤下', workflowState: 'scheduled', scheduledFor: inMinutes(30) }, 'zh')
    await publishEdition(t.payload, article.id, 'vi')
    await publishEdition(t.payload, article.id, 'en')
    expect(await pendingScheduleJobs(article.id)).toHaveLength(1)

    await t.payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'vi',
      overrideAccess: false,
      user: staff.editor,
      data: {},
      unpublishAllLocales: true,
    })
    expect(await publicTitles('vi')).not.toContain('Gỡ toàn bộ')
    expect(await publicTitles('en')).not.toContain('Taken down everywhere')
    const editions = await t.payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'all',
      draft: true,
      depth: 0,
      select: { workflowState: true },
    })
    expect(editions.workflowState).toEqual({ vi: 'unpublished', en: 'unpublished', zh: 'draft' })
    // The Chinese edition will not come up on its own in half an hour.
    expect(await pendingScheduleJobs(article.id)).toHaveLength(0)
    const moves = (await history(t.payload, article.id)).filter((h) => h.note === 'Unpublished in all languages')
    expect(moves.map((h) => `${h.locale}:${h.from}→${h.to}:${h.by === staff.editor.id}`).sort()).toEqual([
      'en:published→unpublished:true',
      'vi:published→unpublished:true',
      'zh:scheduled→draft:true',
    ])
  })

  test.each(['reporter', 'translator'] as const)(
    'a %s cannot unpublish in all locales either, even from an edition that is not live',
    async (role) => {
      const article = await createDraftArticle(t.payload, section, `Không được gỡ hết ${role}`)
      await publishEdition(t.payload, article.id, 'vi')
      await expectForbidden(
        t.payload.update({
          collection: 'articles',
          id: article.id,
          locale: 'en',
          overrideAccess: false,
          user: staff[role],
          data: {},
          unpublishAllLocales: true,
        }),
      )
      expect(await publicTitles('vi')).toContain(`Không được gỡ hết ${role}`)
    },
  )

  test('a draft save cannot carry "unpublish in all locales": refused, nothing recorded', async () => {
    const article = await createDraftArticle(t.payload, section, 'Nháp không gỡ được')
    await publishEdition(t.payload, article.id, 'vi')
    const before = await history(t.payload, article.id)
    const refused = await t.payload
      .update({
        collection: 'articles',
        id: article.id,
        locale: 'vi',
        draft: true,
        overrideAccess: false,
        user: staff.editor,
        data: {},
        unpublishAllLocales: true,
      })
      .then(
        () => undefined,
        (error: { status?: number; message?: string }) => error,
      )
    expect(refused?.status).toBe(400)
    expect(refused?.message).toMatch(/draft/)
    expect(await publicTitles('vi')).toContain('Nháp không gỡ được')
    expect(await history(t.payload, article.id)).toEqual(before)
  })

  test("publishing several articles at once records each one's move", async () => {
    const first = await createDraftArticle(t.payload, section, 'Đăng cùng lúc 1')
    const second = await createDraftArticle(t.payload, section, 'Đăng cùng lúc 2')
    await saveDraft(staff.editor, second.id, { workflowState: 'in_review' })
    // The admin's "Publish" on a selection: one bulk update, documents saved in parallel.
    await t.payload.update({
      collection: 'articles',
      where: { id: { in: [first.id, second.id] } },
      locale: 'vi',
      overrideAccess: false,
      user: staff.editor,
      data: { _status: 'published' },
      publishSpecificLocale: 'vi',
    })
    expect(await publicTitles('vi')).toEqual(expect.arrayContaining(['Đăng cùng lúc 1', 'Đăng cùng lúc 2']))
    expect((await history(t.payload, first.id)).map((h) => `${h.from}→${h.to}`)).toEqual(['null→draft', 'draft→published'])
    expect((await history(t.payload, second.id)).map((h) => `${h.from}→${h.to}`)).toEqual([
      'null→draft',
      'draft→in_review',
      'in_review→published',
    ])
  })
})

describe('scheduled publishing runs', () => {
  test("Payload's schedulePublish job publishes the edition as the editor who scheduled it", async () => {
    const draft = await createDraftArticle(t.payload, section, 'Tin hẹn giờ chạy đúng giờ')
    await saveDraft(staff.editor, draft.id, { workflowState: 'scheduled', scheduledFor: inMinutes(30) })
    const [job] = await pendingScheduleJobs(draft.id)
    // Its time has come (rather than waiting 30 minutes in a test).
    await t.payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: inMinutes(-1) } })
    await t.payload.jobs.run()
    expect(await publicTitles('vi')).toContain('Tin hẹn giờ chạy đúng giờ')
    const last = (await history(t.payload, draft.id)).at(-1)
    expect(last).toMatchObject({ from: 'scheduled', to: 'published', by: staff.editor.id })
  })

  test('the sweep publishes an edition whose schedule was missed, and nothing that is not due', async () => {
    const missed = await createDraftArticle(t.payload, section, 'Lỡ giờ đăng')
    const later = await createDraftArticle(t.payload, section, 'Chưa tới giờ')
    await saveDraft(staff.editor, missed.id, { workflowState: 'scheduled', scheduledFor: inMinutes(10) })
    await saveDraft(staff.editor, later.id, { workflowState: 'scheduled', scheduledFor: inMinutes(120) })
    // The server was down: its job never ran.
    await cancelScheduledPublish({ payload: t.payload } as never, missed.id, 'vi')

    const swept = await publishMissedSchedules(t.payload, new Date(Date.now() + 30 * 60_000))
    expect(swept).toContainEqual({ id: missed.id, locale: 'vi' })
    expect(swept.map((s) => s.id)).not.toContain(later.id)
    const titles = await publicTitles('vi')
    expect(titles).toContain('Lỡ giờ đăng')
    expect(titles).not.toContain('Chưa tới giờ')
    expect((await history(t.payload, missed.id)).at(-1)).toMatchObject({ from: 'scheduled', to: 'published', note: sweepNote })
    // Run again: nothing left to do.
    expect((await publishMissedSchedules(t.payload, new Date(Date.now() + 30 * 60_000))).map((s) => s.id)).not.toContain(missed.id)
  })

  test('only admins, or a cron holding the secret, may trigger the job runner', () => {
    const req = (user: StaffUser | null, authorization?: string) =>
      ({ user, headers: new Headers(authorization ? { authorization } : {}) }) as never
    process.env.CRON_SECRET = 'cron-secret-for-tests'
    expect(mayRunJobs({ req: req(null) })).toBe(false)
    expect(mayRunJobs({ req: req(null, 'Bearer wrong') })).toBe(false)
    expect(mayRunJobs({ req: req(staff.reporter) })).toBe(false)
    expect(mayRunJobs({ req: req(staff.editor) })).toBe(false)
    expect(mayRunJobs({ req: req(staff.admin) })).toBe(true)
    expect(mayRunJobs({ req: req(null, 'Bearer cron-secret-for-tests') })).toBe(true)
    delete process.env.CRON_SECRET
    expect(mayRunJobs({ req: req(null, 'Bearer ') })).toBe(false)
  })
})
