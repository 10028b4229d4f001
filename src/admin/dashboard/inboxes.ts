import type { Payload, Where } from 'payload'

import { translationsToDo } from '@/collections/Articles/translation/desk'
import { locales, translationLocales, type Locale, type TranslationLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { sentBackEditions, type SentBack } from './sentBack'

export type InboxName = 'myDrafts' | 'inReview' | 'scheduled' | 'revisions'

/** One inbox: how many editions per language, and per language the filter of the article list that shows exactly them. */
export type Inbox = { name: InboxName; total: number; perLocale: Record<Locale, number>; where: Record<Locale, Where> }

export type Inboxes = {
  inboxes: Inbox[]
  translations: Record<TranslationLocale, number>
  recentlyPublished: { total: number; latest: { id: number; title: string; publishedAt: string }[] }
  unreadNotices: number
}

/** How far back "recently published" looks. */
export const recentDays = 7

/** Ids as a list filter reads them from the address as well as from the Local API. */
const idList = (ids: number[]) => ids.join(',')

/**
 * My drafts in one language: drafts with a headline (untitled ones are pages opened and never typed
 * into: ./untitledDrafts) that I saved last (their editionEdit stamp) unless I sent them back to
 * their author, and those sent back to me whoever saved them last (./sentBack).
 */
function myDraftsWhere(user: User, sentBack: SentBack, locale: Locale): Where {
  const savedByMe: Where[] = [{ 'editionEdit.by': { equals: user.id } }]
  if (sentBack.toOthers[locale].length) savedByMe.push({ id: { not_in: idList(sentBack.toOthers[locale]) } })
  const mine: Where = sentBack.toMe[locale].length
    ? { or: [{ and: savedByMe }, { id: { in: idList(sentBack.toMe[locale]) } }] }
    : { and: savedByMe }
  return { and: [{ workflowState: { equals: 'draft' } }, { title: { exists: true } }, mine] }
}

/** Per edition (the state is per locale), what each inbox holds for this person. */
function inboxWhere(name: InboxName, user: User, sentBack: SentBack, locale: Locale): Where {
  switch (name) {
    case 'myDrafts':
      return myDraftsWhere(user, sentBack, locale)
    case 'inReview':
      return { workflowState: { equals: 'in_review' } }
    case 'scheduled':
      return { workflowState: { equals: 'scheduled' } }
    case 'revisions':
      // A live edition whose latest version is an unpublished draft: a revision waiting for an editor.
      return { and: [{ workflowState: { equals: 'published' } }, { _status: { equals: 'draft' } }] }
  }
}

/** Counts with the person's own access, on the latest version of each edition (what the desk works on). */
async function countEditions(payload: Payload, user: User, locale: Locale, where: Where): Promise<number> {
  const result = await payload.find({
    collection: 'articles',
    locale,
    fallbackLocale: false,
    draft: true,
    overrideAccess: false,
    user: { ...user, collection: 'users' },
    depth: 0,
    limit: 1,
    where,
    select: { title: true },
  })
  return result.totalDocs
}

async function inbox(payload: Payload, user: User, name: InboxName, sentBack: SentBack): Promise<Inbox> {
  const where = Object.fromEntries(locales.map((locale) => [locale, inboxWhere(name, user, sentBack, locale)])) as Record<Locale, Where>
  const counts = await Promise.all(locales.map((locale) => countEditions(payload, user, locale, where[locale])))
  const perLocale = Object.fromEntries(locales.map((locale, i) => [locale, counts[i]])) as Record<Locale, number>
  return {
    name,
    total: counts.reduce((sum, n) => sum + n, 0),
    perLocale,
    where,
  }
}

export async function readInboxes(payload: Payload, user: User, now = Date.now()): Promise<Inboxes> {
  const sentBack = await sentBackEditions(payload, user.id)
  const inboxes = await Promise.all(
    (['myDrafts', 'inReview', 'scheduled', 'revisions'] as const).map((name) => inbox(payload, user, name, sentBack)),
  )
  const todo = await translationsToDo(payload)
  const translations = Object.fromEntries(
    translationLocales.map((locale) => [locale, todo.filter((item) => item.locale === locale).length]),
  ) as Record<TranslationLocale, number>
  const since = new Date(now - recentDays * 86_400_000).toISOString()
  const published = await payload.find({
    collection: 'articles',
    locale: 'vi',
    overrideAccess: false,
    user: { ...user, collection: 'users' },
    depth: 0,
    limit: 5,
    sort: '-publishedAt',
    where: { and: [{ _status: { equals: 'published' } }, { publishedAt: { greater_than: since } }] },
    select: { title: true, publishedAt: true },
  })
  const notices = await payload.count({
    collection: 'notices',
    overrideAccess: false,
    user: { ...user, collection: 'users' },
    where: { read: { equals: false } },
  })
  return {
    inboxes,
    translations,
    recentlyPublished: {
      total: published.totalDocs,
      latest: published.docs.map((doc) => ({ id: doc.id, title: doc.title ?? `#${doc.id}`, publishedAt: doc.publishedAt ?? '' })),
    },
    unreadNotices: notices.totalDocs,
  }
}
