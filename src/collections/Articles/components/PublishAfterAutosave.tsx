'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/**
 * After an autosave there is a draft newer than the published copy, so Publish must be offered.
 * Payload counts such drafts only when the previous version was not itself an autosave; versions
 * are shared by every edition, so a correction autosaved after another edition's autosave left
 * the button disabled until a reload. Each autosave (a new `updatedAt`) counts here.
 */
export function PublishAfterAutosave() {
  const { setUnpublishedVersionCount } = useDocumentInfo()
  const updatedAt = useFormFields(([fields]) => fields.updatedAt?.value)
  const first = useRef(updatedAt)
  useEffect(() => {
    if (updatedAt && updatedAt !== first.current) setUnpublishedVersionCount((count) => Math.max(count, 1))
  }, [updatedAt, setUnpublishedVersionCount])
  return null
}
