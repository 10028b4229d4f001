'use client'

import { Button, useConfig, useDocumentInfo, useField, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { labelsFor } from './viewCounts'

type Suggestion = { id: number; title: string; href: string; publishedAt: string | null; score: number }
type RelatedValue = (number | { id: number } | { value: number })[] | null | undefined

const labels = {
  vi: { title: 'Gợi ý tin liên quan', add: 'Thêm', added: 'Đã thêm', none: 'Chưa có gợi ý (lưu thẻ, chuyên mục, tiêu đề trước).', refresh: 'Làm mới', loading: 'Đang tải…' },
  en: { title: 'Related suggestions', add: 'Add', added: 'Added', none: 'No suggestions yet (save tags, section and headline first).', refresh: 'Refresh', loading: 'Loading…' },
  zh: { title: '相关文章建议', add: '添加', added: '已添加', none: '暂无建议（请先保存标签、栏目和标题）。', refresh: '刷新', loading: '加载中…' },
}

function idOf(entry: number | { id: number } | { value: number }): number {
  if (typeof entry === 'number') return entry
  return 'id' in entry ? entry.id : entry.value
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

  const load = useCallback(async () => {
    if (id === undefined || id === null) return
    const response = await fetch(`${config.serverURL ?? ''}${config.routes.api}/articles/${id}/suggestions?locale=${locale}`, { credentials: 'include' })
    const body = response.ok ? ((await response.json()) as { suggestions: Suggestion[] }) : { suggestions: [] }
    setSuggestions(body.suggestions)
  }, [config.routes.api, config.serverURL, id, locale])

  useEffect(() => {
    void load()
  }, [load])

  if (id === undefined || id === null) return null
  const chosen = new Set((value ?? []).map(idOf))
  return (
    <div className="field-type related-suggestions" data-testid="related-suggestions">
      <span className="field-label">{say.title}</span>
      {suggestions === undefined ? <p>{say.loading}</p> : null}
      {suggestions?.length === 0 ? <p>{say.none}</p> : null}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {suggestions?.map((suggestion) => (
          <li key={suggestion.id} data-suggestion={suggestion.id} style={{ display: 'flex', gap: 8, alignItems: 'baseline', marginBottom: 6 }}>
            <span style={{ flex: 1 }}>{suggestion.title}</span>
            <Button
              buttonStyle="secondary"
              size="small"
              margin={false}
              disabled={chosen.has(suggestion.id)}
              aria-label={`${say.add}: ${suggestion.title}`}
              onClick={() => setValue([...(value ?? []).map(idOf), suggestion.id])}
            >
              {chosen.has(suggestion.id) ? say.added : say.add}
            </Button>
          </li>
        ))}
      </ul>
      <Button buttonStyle="subtle" size="small" margin={false} onClick={() => void load()}>
        {say.refresh}
      </Button>
    </div>
  )
}
