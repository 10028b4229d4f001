import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { isEditorUser } from '@/access/roles'
import { statusesOf } from '@/collections/Articles/translation/desk'
import { workingLanguageOf } from '@/collections/Users/workingLanguage'
import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Article, ArticleTransition, Notice, User } from '@/payload-types'
import { relationId, type DocId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'
import { noticeText, type NoticeKind } from './kinds'

/** A relation's id, a number on SQLite and a string on MongoDB (see utilities/docId). */
const idOf = (value: unknown): DocId | null => relationId(value as DocId | { id: DocId } | null | undefined) ?? null

type NewNotice = { kind: NoticeKind; article: number; locale: Locale; by: number | null }

/**
 * One notice per recipient, unless they already have an unread one of the same kind for the same
 * edition: an outdated translation is not announced again at each autosave of the source.
 */
async function notify(req: PayloadRequest, recipients: number[], notice: NewNotice): Promise<void> {
  for (const recipient of new Set(recipients)) {
    if (recipient === notice.by) continue
    const unread = await req.payload.count({
      collection: 'notices',
      overrideAccess: true,
      where: {
        recipient: { equals: recipient },
        kind: { equals: notice.kind },
        article: { equals: notice.article },
        locale: { equals: notice.locale },
        read: { equals: false },
      },
      req: nestedRequest(req),
    })
    if (unread.totalDocs > 0) continue
    await req.payload.create({
      collection: 'notices',
      overrideAccess: true,
      depth: 0,
      data: { recipient, ...notice, by: notice.by ?? undefined, read: false },
      req: nestedRequest(req),
    })
  }
}

async function usersWithRoles(req: PayloadRequest, roles: User['role'][]): Promise<number[]> {
  const users = await req.payload.find({
    collection: 'users',
    overrideAccess: true,
    depth: 0,
    limit: 500,
    pagination: false,
    where: { role: { in: roles } },
    select: { role: true },
    req: nestedRequest(req),
  })
  return users.docs.map((user) => user.id)
}

/** Who submitted the edition for review last: the person a "send back" goes to. */
async function lastSubmitter(req: PayloadRequest, article: number, locale: Locale): Promise<number | null> {
  const result = await req.payload.find({
    collection: 'article-transitions',
    overrideAccess: true,
    depth: 0,
    limit: 1,
    sort: '-at',
    where: { article: { equals: article }, locale: { equals: locale }, to: { equals: 'in_review' } },
    req: nestedRequest(req),
  })
  return idOf(result.docs[0]?.by)
}

/**
 * A history line written (article-transitions afterChange): an edition submitted for review tells
 * the editors; an editor moving it from review back to draft ("Send back") tells whoever submitted it.
 */
export const noticeTransition: CollectionAfterChangeHook<ArticleTransition> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const article = idOf(doc.article)
  if (article === null) return doc
  const locale = doc.locale as Locale
  const by = idOf(doc.by)
  if (doc.to === 'in_review' && doc.from !== 'in_review') {
    await notify(req, await usersWithRoles(req, ['editor', 'admin']), { kind: 'submitted', article, locale, by })
  } else if (doc.from === 'in_review' && doc.to === 'draft' && isEditorUser(req.user)) {
    const submitter = await lastSubmitter(req, article, locale)
    if (submitter !== null) await notify(req, [submitter], { kind: 'sent_back', article, locale, by })
  }
  return doc
}

const sourceTextChanged = (doc: Article, previous: Article | undefined): boolean =>
  !previous || doc.title !== previous.title || doc.lead !== previous.lead || JSON.stringify(doc.body) !== JSON.stringify(previous.body)

/**
 * A save of the Vietnamese source that changes its text makes started translations outdated:
 * translators are told, once per edition until they read it.
 */
export const noticeOutdatedTranslations: CollectionAfterChangeHook<Article> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || req.locale !== defaultLocale || !sourceTextChanged(doc, previousDoc)) return doc
  const all = await req.payload.findByID({
    collection: 'articles',
    id: doc.id,
    locale: 'all',
    draft: true,
    overrideAccess: true,
    depth: 0,
    select: { title: true, lead: true, body: true, workflowState: true, sourceFingerprint: true },
    req: nestedRequest(req),
  })
  const outdated = statusesOf(all as unknown as Parameters<typeof statusesOf>[0]).filter((status) => status.outdated.length > 0)
  if (outdated.length === 0) return doc
  const translators = await usersWithRoles(req, ['translator'])
  const by = req.user?.collection === 'users' ? req.user.id : null
  for (const status of outdated)
    await notify(req, translators, { kind: 'translation_outdated', article: doc.id, locale: status.locale, by })
  return doc
}

async function titleOf(payload: Payload, req: PayloadRequest, article: number): Promise<string> {
  const doc = await payload.findByID({
    collection: 'articles',
    id: article,
    draft: true,
    overrideAccess: true,
    depth: 0,
    req: nestedRequest(req),
  })
  return doc.title ?? `#${article}`
}

/** The same notice by e-mail, when the site has an e-mail adapter (without one Payload would only log it). */
export const emailNotice: CollectionAfterChangeHook<Notice> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || !req.payload.config.email) return doc
  const recipientId = idOf(doc.recipient)
  const articleId = idOf(doc.article)
  if (recipientId === null || articleId === null) return doc
  const [recipient, byUser] = await Promise.all([
    req.payload.findByID({ collection: 'users', id: recipientId, overrideAccess: true, depth: 0, req: nestedRequest(req) }),
    idOf(doc.by) === null
      ? null
      : req.payload.findByID({ collection: 'users', id: idOf(doc.by) as number, overrideAccess: true, depth: 0, req: nestedRequest(req) }),
  ])
  // The recipient's working language (their admin language at their last sign-in, or as they set it).
  const language = workingLanguageOf(recipient)
  const text = noticeText(language, {
    kind: doc.kind,
    by: byUser?.name,
    title: await titleOf(req.payload, req, articleId),
    locale: doc.locale,
  })
  const link = `${req.payload.config.serverURL || ''}/admin/collections/articles/${articleId}?locale=${doc.locale}`
  try {
    await req.payload.sendEmail({ to: recipient.email, subject: text, text: `${text}\n\n${link}` })
  } catch (error) {
    // A mail server being down must not undo the save that caused the notice; the in-app notice stays.
    req.payload.logger.warn({ err: error, msg: `Notice e-mail to user ${recipientId} not sent` })
  }
  return doc
}
