'use client'

import {
  FieldDescription,
  FieldError,
  FieldLabel,
  ReactSelect,
  useAuth,
  useConfig,
  useField,
  useLocale,
  useTranslation,
  type ReactSelectOption,
} from '@payloadcms/ui'
import type { RelationshipFieldClientProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useRef, useState } from 'react'

type Id = number | string
type TagOption = { label: string; value: Id | typeof createValue }
type TagDoc = { id: Id; name?: string | null }

const createValue = '__create_tag__'

const words = {
  vi: { create: (name: string) => `Tạo thẻ mới "${name}"`, none: 'Không có thẻ nào khớp', placeholder: 'Gõ tên thẻ (không cần dấu)' },
  en: { create: (name: string) => `Create the tag "${name}"`, none: 'No matching tag', placeholder: 'Type a tag name' },
  zh: { create: (name: string) => `新建标签“${name}”`, none: '没有匹配的标签', placeholder: '输入标签名称' },
}

/** How long typing pauses before the tags are searched. */
const searchDelayMs = 250

const idsOf = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : []).map((item) => (typeof item === 'object' && item !== null ? (item as TagDoc).id : (item as Id)))

/** Every result the server sends is shown: it matched the folded name, which the label need not spell. */
const keepServerMatches = () => true

/** Only the tag's name: no drag handle or edit button in a chip. */
const TagChipLabel = ({ data }: { data: TagOption }) => (
  <div className="relationship--multi-value-label">
    <div className="relationship--multi-value-label__content">
      <span className="relationship--multi-value-label__text">{data.label}</span>
    </div>
  </div>
)

/**
 * The article's tag picker. Payload's relationship picker sends the typed text to the server
 * (`name like`, widened there to the folded names: ./foldedName.ts) but then filters the answers
 * again in the browser against the label, so "ha noi" dropped "Hà Nội" and "Hanoi" dropped it in
 * the Vietnamese admin. This picker shows what the server found, and creates a tag by its name.
 */
export function TagPicker(props: RelationshipFieldClientProps) {
  const { path, field, readOnly } = props
  const { value, setValue, showError } = useField<Id[]>({ path })
  const { config } = useConfig()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const { permissions } = useAuth()
  const t = words[i18n.language === 'en' || i18n.language === 'zh' ? i18n.language : 'vi']
  const api = (query: string) => formatAdminURL({ apiRoute: config.routes.api, path: `/tags${query}` })

  const selected = idsOf(value)
  const [names, setNames] = useState<Map<Id, string>>(new Map())
  const [search, setSearch] = useState('')
  const [found, setFound] = useState<TagDoc[]>([])
  const [loading, setLoading] = useState(false)
  const [menuOpen, setMenuOpen] = useState(false)
  const latest = useRef(0)

  const remember = (docs: TagDoc[]) =>
    setNames((known) => {
      const next = new Map(known)
      for (const doc of docs) next.set(doc.id, doc.name || `#${doc.id}`)
      return next
    })

  // The chips' names, in the edition's language.
  const unnamed = selected.filter((id) => !names.has(id)).join(',')
  useEffect(() => {
    if (!unnamed) return
    const query = `?depth=0&limit=100&locale=${locale}&select[name]=true&where[id][in]=${unnamed}`
    void fetch(api(query), { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ docs: TagDoc[] }>) : { docs: [] }))
      .then(({ docs }) => remember(docs))
      .catch(() => undefined)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `api` is rebuilt each render from the same config
  }, [unnamed, locale])

  // The options: the server's matches for what is typed (by any spelling or language of the name).
  useEffect(() => {
    if (!menuOpen) return
    const request = ++latest.current
    // No answer to an earlier text is shown for this one.
    setFound([])
    setLoading(true)
    const timer = setTimeout(() => {
      const where = search.trim() ? `&where[name][like]=${encodeURIComponent(search.trim())}` : ''
      void fetch(api(`?depth=0&limit=20&sort=name&locale=${locale}&select[name]=true${where}`), {
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      })
        .then((response) => (response.ok ? (response.json() as Promise<{ docs: TagDoc[] }>) : { docs: [] }))
        .then(({ docs }) => {
          if (request !== latest.current) return
          remember(docs)
          setFound(docs)
          setLoading(false)
        })
        .catch(() => request === latest.current && setLoading(false))
    }, searchDelayMs)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `api` is rebuilt each render from the same config
  }, [search, menuOpen, locale, i18n.language])

  async function createTag(name: string) {
    const response = await fetch(api(`?depth=0&locale=${locale}`), {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
      body: JSON.stringify({ name }),
    })
    if (!response.ok) return
    const { doc } = (await response.json()) as { doc: TagDoc }
    remember([doc])
    setValue([...selected, doc.id])
  }

  const canCreate = Boolean(permissions?.collections?.tags?.create)
  const typed = search.trim()
  const options: TagOption[] = found
    .filter((doc) => !selected.includes(doc.id))
    .map((doc) => ({ label: doc.name || `#${doc.id}`, value: doc.id }))
  const exact = found.some((doc) => doc.name?.toLocaleLowerCase() === typed.toLocaleLowerCase())
  if (canCreate && typed && !exact && !loading) options.push({ label: t.create(typed), value: createValue })
  const chips: TagOption[] = selected.map((id) => ({ label: names.get(id) ?? '…', value: id }))

  const onChange = (picked: ReactSelectOption | ReactSelectOption[] | null) => {
    const list = (Array.isArray(picked) ? picked : picked ? [picked] : []) as TagOption[]
    if (list.some((option) => option.value === createValue)) {
      void createTag(typed)
      return
    }
    setValue(list.map((option) => option.value as Id))
  }

  return (
    <div
      className={['field-type', 'relationship', showError && 'error', readOnly && 'relationship--read-only'].filter(Boolean).join(' ')}
      id={`field-${path.replace(/\./g, '__')}`}
      data-testid="tag-picker"
    >
      <FieldLabel label={field.label} localized={field.localized} path={path} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <ReactSelect
          isMulti
          isSortable={false}
          disabled={readOnly}
          options={options as ReactSelectOption[]}
          value={chips as ReactSelectOption[]}
          filterOption={keepServerMatches}
          isLoading={loading}
          menuIsOpen={menuOpen}
          onMenuOpen={() => setMenuOpen(true)}
          onMenuClose={() => setMenuOpen(false)}
          onInputChange={(text) => setSearch(text)}
          onChange={onChange}
          components={{ MultiValueLabel: TagChipLabel }}
          noOptionsMessage={() => t.none}
          placeholder={t.placeholder}
          showError={showError}
        />
      </div>
      <FieldDescription description={field.admin?.description} path={path} />
    </div>
  )
}
