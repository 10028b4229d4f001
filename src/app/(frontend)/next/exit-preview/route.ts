import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { samePath } from '@/preview/samePath'

/** Leaves draft mode and returns to the same page as the public sees it. */
export async function GET(request: Request): Promise<Response> {
  const path = samePath(new URL(request.url).searchParams.get('path'))
  const draft = await draftMode()
  draft.disable()
  // Only our own pages: never an open redirect.
  redirect(path)
}
