'use client'

import { useAuth, useField, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { User } from '@/payload-types'

const words = {
  vi: { me: 'Thêm tôi vào tác giả', busy: 'Đang thêm…', failed: 'Không thêm được' },
  en: { me: 'Add me to the byline', busy: 'Adding…', failed: 'Could not add' },
  zh: { me: '把我加为作者', busy: '正在添加…', failed: '无法添加' },
}

type Id = number | string
const idOf = (value: unknown): Id | undefined =>
  typeof value === 'object' && value !== null ? (value as { id: Id }).id : (value as Id | undefined)

/** The current user's byline profile: the one linked to their account, made on first use. */
async function myAuthorId(user: User): Promise<Id | null> {
  const found = await fetch(`/api/authors?where[user][equals]=${user.id}&limit=1&depth=0`, { credentials: 'include' })
  const docs = found.ok ? ((await found.json()) as { docs: { id: Id }[] }).docs : []
  if (docs[0]) return docs[0].id
  const created = await fetch('/api/authors', {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: user.name || user.email, user: user.id }),
  })
  return created.ok ? ((await created.json()) as { doc: { id: Id } }).doc.id : null
}

/** Under the byline picker: one click puts the person writing on the byline ("me"). */
export function BylineMe({ path }: { path?: string }) {
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' || i18n.language === 'zh' ? i18n.language : 'vi'
  const t = words[lang]
  const { value, setValue, readOnly } = useField<unknown[]>({ path: path ?? 'authors' })
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')
  if (!user || readOnly) return null

  const addMe = async () => {
    setState('busy')
    const id = await myAuthorId(user)
    if (id === null) return setState('failed')
    const current = (value ?? []).map(idOf).filter((item): item is Id => item !== undefined)
    if (!current.includes(id)) setValue([id, ...current])
    setState('idle')
  }

  return (
    <div style={{ marginTop: '0.25rem' }}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        data-testid="byline-me"
        disabled={state === 'busy'}
        onClick={addMe}
      >
        {state === 'busy' ? t.busy : `${t.me} (${user.name || user.email})`}
      </button>
      {state === 'failed' ? <span role="alert"> {t.failed}</span> : null}
    </div>
  )
}
