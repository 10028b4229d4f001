import config from '@payload-config'
import { getPayload } from 'payload'

export const getPayloadClient = () => getPayload({ config })

/**
 * Options every public read passes: the public's access rules (no user), one locale, and no
 * fallback, so a missing translation stays missing instead of showing the Vietnamese text.
 */
export const publicRead = { overrideAccess: false, fallbackLocale: false } as const
