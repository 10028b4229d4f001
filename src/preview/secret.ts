import { createHmac } from 'node:crypto'

import { payloadSecret } from '@/utilities/payloadSecret'
import { sameSecret } from '@/utilities/sameSecret'

/**
 * The preview link carries a secret derived from the Payload secret (or PREVIEW_SECRET), so a
 * guessed or copied URL is refused before the login is even checked.
 */
export function previewSecret(): string {
  return process.env.PREVIEW_SECRET || createHmac('sha256', payloadSecret()).update('newsroom-preview').digest('base64url')
}

export function isPreviewSecret(given: string | null): boolean {
  return sameSecret(given, previewSecret())
}

/** The admin's preview and live-preview address for one edition of an article. */
export function previewUrl(id: unknown, locale: string | undefined, origin?: string): string | null {
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const params = new URLSearchParams({ secret: previewSecret(), id: String(id), locale: locale || 'vi' })
  // Absolute: the admin's live-preview frame matches messages against this address's origin.
  return `${process.env.SERVER_URL || origin || ''}/next/preview?${params}`
}
