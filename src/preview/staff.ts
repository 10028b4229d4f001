import { draftMode, headers } from 'next/headers'

import { isStaffUser } from '@/access/roles'
import { getPayloadClient } from '@/content'
import type { User } from '@/payload-types'

export type PreviewUser = User & { collection: 'users' }

/** Who is previewing: only when draft mode is on AND the request carries a staff login. */
export async function previewingStaff(): Promise<PreviewUser | null> {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return null
  return staffFromHeaders(await headers())
}

export async function staffFromHeaders(requestHeaders: Headers): Promise<PreviewUser | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: requestHeaders })
  return isStaffUser(user) ? (user as PreviewUser) : null
}
