import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Role } from '@/access/roles'
import type { Article, User } from '@/payload-types'

export type StaffUser = User & { collection: 'users' }

/** Users as the Local API expects them on `user:` (with their collection, as on a request). */
export async function createStaff(payload: Payload, role: Role): Promise<StaffUser> {
  const doc = await payload.create({
    collection: 'users',
    data: { email: `${role}-${Math.random().toString(36).slice(2, 8)}@test.local`, password: 'test-password-1', name: role, role },
  })
  return { ...doc, collection: 'users' }
}

export async function createSection(payload: Payload, slug = `s-${Math.random().toString(36).slice(2, 8)}`) {
  return payload.create({ collection: 'sections', locale: 'vi', data: { name: `Mục ${slug}`, slug } })
}

export async function pngImage(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer()
}

/** A Vietnamese draft, created by the system (as a reporter's autosave would leave it). */
export async function createDraftArticle(payload: Payload, section: number, title: string): Promise<Article> {
  return payload.create({
    collection: 'articles',
    locale: 'vi',
    draft: true,
    data: { title, lead: `Sapo: ${title}`, section, _status: 'draft' },
  })
}

export async function publishEdition(payload: Payload, id: number, locale: 'vi' | 'en' | 'zh') {
  return payload.update({ collection: 'articles', id, locale, data: { _status: 'published' }, publishSpecificLocale: locale })
}

/** Payload's access errors are 403 whatever language the message is in. */
export async function expectForbidden(operation: Promise<unknown>): Promise<void> {
  const error = await operation.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!error) throw new Error('expected the operation to be refused, but it succeeded')
  if ((error as { status?: number }).status !== 403) throw error
}

/** A validation error (400) on one field, with a message matching `message`. */
export async function expectFieldError(operation: Promise<unknown>, path: string, message: RegExp): Promise<void> {
  const error = await operation.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!error) throw new Error(`expected a validation error on "${path}", but the operation succeeded`)
  const errors = (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors ?? []
  const onField = errors.find((e) => e.path === path)
  if (!onField || !message.test(onField.message)) throw error
}
