import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isStaffUser } from '@/access/roles'
import { translationsToDo } from '@/collections/Articles/translation/desk'

type Lang = 'vi' | 'en' | 'zh'
const text: Record<Lang, Record<string, string>> = {
  vi: { heading: 'Bản dịch cần làm', intro: 'Các bản dịch còn thiếu hoặc lỗi thời vì bản gốc tiếng Việt đã sửa.', article: 'Bài', language: 'Ngôn ngữ', todo: 'Việc cần làm', missing: 'Chưa dịch', outdated: 'Lỗi thời', none: 'Không còn bản dịch nào cần làm.', title: 'tiêu đề', lead: 'sapo', body: 'nội dung' },
  en: { heading: 'Translations to do', intro: 'Editions that are missing, or outdated because the Vietnamese source changed.', article: 'Article', language: 'Language', todo: 'To do', missing: 'Not translated', outdated: 'Outdated', none: 'Nothing to translate.', title: 'headline', lead: 'lead', body: 'body' },
  zh: { heading: '待翻译', intro: '缺少的译文，或因越南语原文修改而过时的译文。', article: '文章', language: '语言', todo: '待办', missing: '未翻译', outdated: '已过时', none: '没有待翻译的内容。', title: '标题', lead: '导语', body: '正文' },
}

/** The translators' worklist (admin → /admin/translations): every missing or outdated edition. */
export async function TranslationsToDo({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!isStaffUser(req.user)) redirect('/admin/login')
  const lang: Lang = req.i18n.language === 'en' || req.i18n.language === 'zh' ? req.i18n.language : 'vi'
  const t = text[lang]
  const todo = await translationsToDo(req.payload)
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
        <p>{t.intro}</p>
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
                    {item.state === 'missing'
                      ? t.missing
                      : `${t.outdated}: ${item.outdated.map((field) => t[field] ?? field).join(', ')}`}
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
