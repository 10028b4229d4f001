'use client'

import type { DefaultCellComponentProps } from 'payload'

/**
 * Who did a step of the history. The article's history table hands this cell the user already
 * populated, which Payload's relationship cell cannot read (it showed "‹No By›"); a bare id is
 * shown as is (a deleted user).
 */
export function TransitionByCell({ cellData }: DefaultCellComponentProps) {
  if (cellData && typeof cellData === 'object' && 'name' in cellData && typeof cellData.name === 'string') {
    return <span data-testid="transition-by">{cellData.name}</span>
  }
  if (typeof cellData === 'number' || typeof cellData === 'string') return <span data-testid="transition-by">#{cellData}</span>
  return null
}
