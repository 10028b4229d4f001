'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { languageOfCode } from '@/collections/Articles/workflow/actions'
import { dashboardText } from './text'

/** Marks one of my notices read (only my own: the collection's access) and refreshes the counts. */
export function MarkNoticeRead({ id }: { id: number }) {
  const router = useRouter()
  const { i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  async function markRead() {
    setBusy(true)
    await fetch(`/api/notices/${id}`, {
      method: 'PATCH',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ read: true }),
    })
    router.refresh()
  }
  return (
    <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void markRead()}>
      {dashboardText[languageOfCode(i18n.language)].markRead}
    </Button>
  )
}
