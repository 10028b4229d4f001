import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { articleHref, getPayloadClient } from '@/content'
import { draftArticleById } from '@/content/queries/preview'
import { isLocale } from '@/i18n/locales'
import { isPreviewSecret } from '@/preview/secret'
import { staffFromHeaders } from '@/preview/staff'
import { parseDocId } from '@/utilities/docId'

/**
 * Turns on Next's draft mode and opens the edition's page. Needs the preview secret (from the
 * admin's preview link) AND a staff login; anything else is refused and draft mode stays off.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  if (!isPreviewSecret(url.searchParams.get('secret'))) {
    return Response.json({ error: 'Invalid preview link.' }, { status: 403 })
  }
  const user = await staffFromHeaders(request.headers)
  if (!user) return Response.json({ error: 'Log in to the admin to preview.' }, { status: 401 })
  const locale = url.searchParams.get('locale')
  const id = parseDocId(url.searchParams.get('id'))
  if (!isLocale(locale) || id === undefined) {
    return Response.json({ error: 'Give the article id and a locale (vi, en or zh).' }, { status: 400 })
  }
  const article = await draftArticleById(await getPayloadClient(), locale, id, user)
  const path = article?.title ? articleHref(locale, article) : undefined
  if (!path) return Response.json({ error: 'This edition has no headline, slug or section yet.' }, { status: 404 })
  const draft = await draftMode()
  draft.enable()
  redirect(path)
}
