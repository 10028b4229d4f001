'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * Rendered only in draft mode. Tells the admin's live-preview frame that the page is ready, and
 * re-renders on the server whenever the admin saves (autosave while typing), as Payload's
 * RefreshRouteOnSave does, without shipping anything to ordinary readers.
 */
export function LivePreviewRefresh() {
  const router = useRouter()
  useEffect(() => {
    const origin = window.location.origin
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin) return
      const data = event.data as { type?: string } | null
      if (data?.type === 'payload-document-event') router.refresh()
    }
    window.addEventListener('message', onMessage)
    const target = window.opener ?? (window.parent !== window ? window.parent : null)
    target?.postMessage({ type: 'payload-live-preview', ready: true }, origin)
    return () => window.removeEventListener('message', onMessage)
  }, [router])
  return null
}
