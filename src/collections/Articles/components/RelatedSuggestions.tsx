'use client'

import { Button, useConfig, useDocumentInfo, useField, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { anyRelationId } from '@/utilities/docId'

import { labelsFor } from './viewCounts'

type Suggestion = { id: number; title: string }
type Found = { id: number; title?: string | null }
type RelatedValue = (number | { id: number } | { value: number })[] | null | undefined

const labels = {
  vi: {
    search: 'Tìm theo tiêu đề (mọi ngôn ngữ, có hoặc không dấu)',
    title: 'Gợi ý tin liên quan',
    add: 'Thêm',
    added: 'Đã thêm',
    none: 'Chưa có gợi ý (lưu thẻ, chuyên mục, tiêu đề trước).',
    refresh: 'Làm mới',
    loading: 'Đang tải…',
  },
  en: {
    search: 'Find by headline (any language, with or without diacritics)',
    title: 'Related suggestions',
    add: 'Add',
    added: 'Added',
    none: 'No suggestions yet (save tags, section and headline first).',
    refresh: 'Refresh',
    loading: 'Loading…',
  },
  zh: {
    search: '按标题查找（任何语言）',
    title: '相关文章建议',
    add: '添加',
    added: '已添加',
    none: '暂无建议（请先保存标签、栏目和标题）。',
    refresh: '刷新',
    loading: '加载中…',
  },
}

/**
 * Sidebar panel: articles that look related (shared tags, section, words of headline and lead
 * in the locale being edited), each added to "Related articles" with one click.
 */
export function RelatedSuggestions() {
  const { id } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const say = labelsFor(labels, i18n.language)
  const { value, setValue } = useField<RelatedValue>({ path: 'related' })
  const [suggestions, setSuggestions] = useState<Suggestion[] | undefined>()
  const [query, setQuery] = useState('')
  const [found, setFound] = useState<Suggestion[]>([])
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  // Payload's picker filters its options by the label in the current language; this search
  // asks the server, which also matches other editions' headlines and text typed without diacritics.
  useEffect(() => {
    const words = query.trim()
    if (words.length < 2) {
      setFound([])
      return
    }
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({
        'where[title][like]': words,
        locale,
        draft: 'true',
        depth: '0',
        limit: '8',
        'select[title]': 'true',
      })
      if (id !== undefined && id !== null) params.set('where[id][not_equals]', String(id))
      const response = await fetch(`${api}/articles?${params}`, { credentials: 'include' })
      const body = response.ok ? ((await response.json()) as { docs: Found[] }) : { docs: [] }
      setFound(body.docs.map((doc) => ({ id: doc.id, title: doc.title || `#${doc.id}` })))
    }, 300)
    return () => clearTimeout(timer)
  }, [api, id, locale, query])

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const response = await fetch(`${api}/articles/${id}/suggestions?locale=${locale}`, { credentials: 'include' })
    const body = response.ok ? ((await response.json()) as { suggestions: Suggestion[] }) : { suggestions: [] }
    setSuggestions(body.suggestions)
  }, [api, id, locale])

  // Suggestions follow the text: read again after each autosave (a new updatedAt), no "refresh" needed.
  const savedAt = useFormFields(([fields]) => fields.updatedAt?.value)
  useEffect(() => {
    void load()
  }, [load, savedAt])

  if (id === undefined || id === null) return null
  // On MongoDB an entry is an ObjectId string: typed as the generated types say (number).
  const ids = (value ?? []).map(anyRelationId).filter((entry): entry is number => entry !== undefined)
  const chosen = new Set(ids)
  const add = (article: number) => setValue([...ids, article])
  const rows = (items: Suggestion[], testId: string) => (
    <ul style={{ listStyle: 'none', margin: '0 0 8px', padding: 0 }} data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} data-article={item.id} style={{ display: 'flex', gap: 8, alignItems: 'baseline', marginBottom: 6 }}>
          <span style={{ flex: 1 }}>{item.title}</span>
          <Button
            buttonStyle="secondary"
            size="small"
            margin={false}
            disabled={chosen.has(item.id)}
            aria-label={`${say.add}: ${item.title}`}
            onClick={() => add(item.id)}
          >
            {chosen.has(item.id) ? say.added : say.add}
          </Button>
        </li>
      ))}
    </ul>
  )
  return (
    <div className="field-type related-suggestions" data-testid="related-suggestions">
      <label className="field-label" htmlFor="related-search">
        {say.search}
      </label>
      <input
        id="related-search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{ width: '100%', marginBottom: 6 }}
      />
      {rows(found, 'related-search-results')}
      <span className="field-label">{say.title}</span>
      {suggestions === undefined ? <p>{say.loading}</p> : null}
      {suggestions?.length === 0 ? <p>{say.none}</p> : null}
      {rows(suggestions ?? [], 'related-suggestion-list')}
      <Button buttonStyle="subtle" size="small" margin={false} onClick={() => void load()}>
        {say.refresh}
      </Button>
    </div>
  )
}
