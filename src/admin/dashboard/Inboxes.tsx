import Link from 'next/link'
import { Suspense } from 'react'
import type { ServerProps, Where } from 'payload'

import { isStaffUser } from '@/access/roles'
import { languageOfCode, type Language } from '@/collections/Articles/workflow/actions'
import { noticeText, type NoticeKind } from '@/collections/Notices/kinds'
import { formatDateTime } from '@/i18n/format'
import { locales, translationLocales, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { readInboxes, type Inbox } from './inboxes'
import { MarkNoticeRead } from './MarkNoticeRead'
import { dashboardText, inboxLabels } from './text'

/** A where clause as the list view reads it from the address (`where[and][0][workflowState][equals]=draft`). */
function whereParams(prefix: string, value: unknown, params: URLSearchParams): URLSearchParams {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) whereParams(`${prefix}[${key}]`, inner, params)
  } else params.append(prefix, String(value))
  return params
}

const listLink = (locale: Locale, where: Where) =>
  `/admin/collections/articles?${whereParams('where', where, new URLSearchParams({ locale, sort: '-updatedAt' })).toString()}`

const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '12px 16px',
  minWidth: 200,
  flex: '1 1 200px',
}

function InboxCard({ inbox, language }: { inbox: Inbox; language: Language }) {
  return (
    <section style={card} data-testid={`inbox-${inbox.name}`} data-count={inbox.total}>
      <h4 style={{ margin: 0 }}>
        {inboxLabels[inbox.name][language]} <span data-testid="inbox-count">({inbox.total})</span>
      </h4>
      <p style={{ margin: '8px 0 0', display: 'flex', gap: 12 }}>
        {locales.map((locale) => (
          <Link key={locale} href={listLink(locale, inbox.where[locale])} data-locale={locale}>
            {locale.toUpperCase()}: {inbox.perLocale[locale]}
          </Link>
        ))}
      </p>
    </section>
  )
}

type NoticeRow = { id: number; kind: NoticeKind; locale: string; by: string | undefined; title: string; article: number }

/** The headline the desk sees: the latest draft's (the stored copy of an unpublished article is its empty first save). */
async function headlineOf({ payload }: ServerProps, article: number, locale: string): Promise<string> {
  const doc = await payload.findByID({
    collection: 'articles',
    id: article,
    locale: locale === 'en' || locale === 'zh' ? locale : 'vi',
    draft: true,
    overrideAccess: true,
    depth: 0,
    disableErrors: true,
    select: { title: true },
  })
  return doc?.title ?? `#${article}`
}

async function myUnreadNotices(props: ServerProps): Promise<NoticeRow[]> {
  const { payload, user } = props
  const notices = await payload.find({
    collection: 'notices',
    overrideAccess: false,
    user: { ...(user as User), collection: 'users' },
    where: { read: { equals: false } },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
  })
  return Promise.all(
    notices.docs.map(async (notice) => {
      const article = typeof notice.article === 'object' ? notice.article.id : notice.article
      const by =
        typeof notice.by === 'number' ? await payload.findByID({ collection: 'users', id: notice.by, depth: 0, disableErrors: true }) : null
      return {
        id: notice.id,
        kind: notice.kind,
        locale: notice.locale,
        by: by?.name ?? undefined,
        title: await headlineOf(props, article, notice.locale),
        article,
      }
    }),
  )
}

/**
 * The dashboard's "my desk": each person's inboxes with counts (their own access decides what is
 * counted; "my drafts" are the editions they saved last or that were sent back to them) linking to the filtered article list,
 * translations to do per language, what went live lately, and their unread notices.
 */
async function InboxesNow(props: ServerProps) {
  const { payload, user, i18n } = props
  if (!isStaffUser(user)) return null
  const language = languageOfCode(i18n.language)
  const data = await readInboxes(payload, user as User)
  const notices = await myUnreadNotices(props)
  const text = dashboardText[language]
  return (
    <div data-testid="inboxes" style={{ marginBottom: 32 }}>
      <h2>{text.heading}</h2>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        {data.inboxes.map((inbox) => (
          <InboxCard key={inbox.name} inbox={inbox} language={language} />
        ))}
        <section style={card} data-testid="inbox-translations">
          <h4 style={{ margin: 0 }}>{inboxLabels.translations[language]}</h4>
          <p style={{ margin: '8px 0 0', display: 'flex', gap: 12 }}>
            {translationLocales.map((locale) => (
              <Link key={locale} href={`/admin/translations?lang=${locale}`} data-locale={locale} data-count={data.translations[locale]}>
                {locale.toUpperCase()}: {data.translations[locale]}
              </Link>
            ))}
          </p>
        </section>
        <section style={card} data-testid="inbox-recentlyPublished" data-count={data.recentlyPublished.total}>
          <h4 style={{ margin: 0 }}>
            {inboxLabels.recentlyPublished[language]} ({data.recentlyPublished.total})
          </h4>
          <ul style={{ margin: '8px 0 0', paddingLeft: 16 }}>
            {data.recentlyPublished.latest.map((article) => (
              <li key={article.id}>
                <Link href={`/admin/collections/articles/${article.id}`}>{article.title}</Link>{' '}
                <small>{formatDateTime(article.publishedAt, language)}</small>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section data-testid="notices" data-count={data.unreadNotices} style={{ marginTop: 16 }}>
        <h3>
          {text.notices} ({data.unreadNotices})
        </h3>
        {notices.length === 0 && <p>{text.noNotices}</p>}
        <ul style={{ paddingLeft: 16 }}>
          {notices.map((notice) => (
            <li key={notice.id} data-testid="notice" data-kind={notice.kind} style={{ marginBottom: 6 }}>
              <Link href={`/admin/collections/articles/${notice.article}?locale=${notice.locale}`}>
                {noticeText(language, { kind: notice.kind, by: notice.by, title: notice.title, locale: notice.locale })}
              </Link>{' '}
              <MarkNoticeRead id={notice.id} />
            </li>
          ))}
        </ul>
        <Link href="/admin/collections/notices">{text.allNotices}</Link>
      </section>
    </div>
  )
}

/** Streamed: the dashboard (where every sign-in lands) shows at once, the counts when they are read. */
export function Inboxes(props: ServerProps) {
  return (
    <Suspense fallback={<div data-testid="inboxes-loading" style={{ minHeight: 120 }} />}>
      <InboxesNow {...props} />
    </Suspense>
  )
}
