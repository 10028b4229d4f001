'use client'

import { useConfig } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { useEffect, useState } from 'react'

const nameOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' && 'name' in value && typeof value.name === 'string' ? value.name : undefined

/**
 * Who did a step of the history. Payload's relationship cell showed "‹No By›" here: the article's
 * history table hands the cell either the user already populated or a bare id. A bare id is looked
 * up (staff may read accounts' names); "#id" stays only for a user who no longer exists.
 */
export function TransitionByCell({ cellData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const known = nameOf(cellData)
  const id = typeof cellData === 'number' || typeof cellData === 'string' ? cellData : undefined
  const [looked, setLooked] = useState<string | undefined>()

  useEffect(() => {
    if (id === undefined) return
    const controller = new AbortController()
    fetch(`${config.serverURL ?? ''}${config.routes.api}/users/${id}?depth=0`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((user: unknown) => setLooked(nameOf(user) ?? `#${id}`))
      .catch(() => undefined)
    return () => controller.abort()
  }, [id, config.serverURL, config.routes.api])

  const shown = known ?? looked
  return shown ? <span data-testid="transition-by">{shown}</span> : null
}
