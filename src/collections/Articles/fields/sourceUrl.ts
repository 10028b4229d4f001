import type { FieldHook } from 'payload'

import { isWebAddress } from '@/utilities/webAddress'

// A host name with a dot and a known shape ("vietnamplus.vn/a", "www.nhandan.vn"), no scheme.
const bareAddress = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i

/** "vietnamplus.vn/abc" as typed or pasted becomes "https://vietnamplus.vn/abc"; anything else is left for validation. */
export function withWebScheme(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const trimmed: string = value.trim()
  if (!trimmed) return value
  if (isWebAddress(value)) return trimmed
  const noSlashes = trimmed.replace(/^\/\//, '')
  return bareAddress.test(noSlashes) ? `https://${noSlashes}` : value
}

export const addWebScheme: FieldHook = ({ value }) => withWebScheme(value)
