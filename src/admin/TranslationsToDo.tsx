import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'
import { toDoWindow, translationsToDo } from '@/collections/Articles/translation/desk'
import { translationLocales, type TranslationLocale } from '@/i18n/locales'

type Lang = 'vi' | 'en' | 'zh'
const text: Record<Lang, Record<string, string>> = {
  vi: {
    all: 'Tất cả',
    heading: 'Bản dịch cần làm',
    intro: 'Các bản dịch còn thiếu hoặc lỗi thời vì bản gốc tiếng Việt đã sửa, trong {n} bài được sửa gần nhất.',
    article: 'Bài',
    language: 'Ngôn ngữ',
    todo: 'Việc cần làm',
    missing: 'Chưa dịch',
    outdated: 'Lỗi thời',
    none: 'Không còn bản dịch nào cần làm.',
    title: 'tiêu đề',
    lead: 'sapo',
    body: 'nội dung',
  },
  en: {
    all: 'All',
    heading: 'Translations to do',
    intro: 'Editions that are missing, or outdated because the Vietnamese source changed, among the {n} most recently edited articles.',
    article: 'Article',
    language: 'Language',
    todo: 'To do',
    missing: 'Not translated',
    outdated: 'Outdated',
    none: 'Nothing to translate.',
    title: 'headline',
    lead: 'lead',
    body: 'body',
  },
  zh: {
    all: '全部',
    heading: '待翻译',
    intro: '最近编辑的 {n} 篇文章中，缺少的译文，或因越南语原文修改而过时的译文。',
    article: '文章',
    language: '语言',
    todo: '待办',
    missing: '未翻译',
    outdated: '已过时',
    none: '没有待翻译的内容。',
    title: '标题',
    lead: '导语',
    body: '正文',
  },
}

/** `?lang=en` shows one language's work only: a translator into Chinese need not scroll past English. */
function chosenTarget(searchParams: AdminViewServerProps['searchParams']): TranslationLocale | undefined {
  const lang = searchParams?.lang
  return translationLocales.find((target) => target === lang)
}

/** The translators' worklist (admin → /admin/translations): every missing or outdated edition. */
export async function TranslationsToDo({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!isStaffUser(req.user)) redirect('/admin/login')
  const lang: Lang = req.i18n.language === 'en' || req.i18n.language === 'zh' ? req.i18n.language : 'vi'
  const t = text[lang]
  const all = await translationsToDo(req.payload)
  const target = chosenTarget(searchParams)
  const todo = target ? all.filter((item) => item.locale === target) : all
  const filters: { label: string; href: string; count: number; current: boolean }[] = [
    { label: t.all, href: '/admin/translations', count: all.length, current: !target },
    ...translationLocales.map((locale) => ({
      label: locale.toUpperCase(),
      href: `/admin/translations?lang=${locale}`,
      count: all.filter((item) => item.locale === locale).length,
      current: target === locale,
    })),
  ]
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{t.heading}</h1>
        <p>{t.intro.replace('{n}', String(toDoWindow))}</p>
        <nav className="translations-todo__filter" aria-label={t.language} style={{ display: 'flex', gap: '1rem', margin: '1rem 0' }}>
          {filters.map((filter) => (
            <Link
              key={filter.href}
              href={filter.href}
              aria-current={filter.current ? 'page' : undefined}
              style={{ fontWeight: filter.current ? 700 : 400 }}
            >
              {filter.label} ({filter.count})
            </Link>
          ))}
        </nav>
        {todo.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <table className="translations-todo" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'left' }}>{t.article}</th>
                <th style={{ textAlign: 'left' }}>{t.language}</th>
                <th style={{ textAlign: 'left' }}>{t.todo}</th>
              </tr>
            </thead>
            <tbody>
              {todo.map((item) => (
                <tr key={`${item.id}-${item.locale}`} data-article={item.id} data-locale={item.locale}>
                  <td>
                    <Link href={`/admin/collections/articles/${item.id}?locale=${item.locale}`}>{item.title}</Link>
                  </td>
                  <td>{item.locale.toUpperCase()}</td>
                  <td>
                    {item.state === 'missing' ? t.missing : `${t.outdated}: ${item.outdated.map((field) => t[field] ?? field).join(', ')}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
