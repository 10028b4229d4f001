import { APIError, type Access, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { isEditorUser, isStaffUser } from '@/access/roles'
import { locales } from '@/i18n/locales'
import type { Media } from '@/payload-types'
import { nestedRequest } from '@/utilities/nestedRequest'

const userId = (req: PayloadRequest) => (req.user && req.user.collection === 'users' ? req.user.id : undefined)

/**
 * A photo has no drafts: a change to its file, credit, caption or alt shows at once on every page
 * that uses it. Editors may change any photo; reporters and translators only their own uploads.
 */
export const updateMedia: Access = ({ req }) => {
  if (isEditorUser(req.user)) return true
  if (!isStaffUser(req.user)) return false
  const id = userId(req)
  return id === undefined ? false : { uploadedBy: { equals: id } }
}

/** Is the photo shown by a published edition (as its hero or in its body)? */
export async function isOnLivePage(req: PayloadRequest, id: Media['id']): Promise<boolean> {
  for (const locale of locales) {
    const { totalDocs } = await req.payload.count({
      collection: 'articles',
      locale,
      overrideAccess: true,
      where: { and: [{ photos: { contains: id } }, { _status: { equals: 'published' } }] },
      req: nestedRequest(req),
    })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * The second half of the rule, which a where clause cannot say: once a published edition uses the
 * photo, even its uploader needs an editor to change it (the live page would change unreviewed).
 */
export const guardLivePhotos: CollectionBeforeChangeHook<Media> = async ({ operation, originalDoc, req, data }) => {
  if (operation === 'create') return { ...data, uploadedBy: userId(req) ?? null }
  if (!req.user || isEditorUser(req.user) || !originalDoc?.id) return data
  if (await isOnLivePage(req, originalDoc.id)) {
    const say = {
      vi: 'Ảnh này đang hiển thị trên bài đã đăng; chỉ biên tập viên được sửa ảnh, chú thích, tác giả ảnh hay mô tả.',
      en: 'This photo is on a published article: only an editor may change its file, caption, credit or alt text.',
      zh: '此图片已用于已发布的文章，只有编辑可以修改图片、说明、摄影或替代文字。',
    }
    const language = req.i18n?.language
    throw new APIError(say[language === 'en' || language === 'zh' ? language : 'vi'], 403, null, true)
  }
  return data
}
