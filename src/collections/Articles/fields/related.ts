import type { RelationshipFieldValidation } from 'payload'
import { relationship } from 'payload/shared'

import { anyRelationId, sameDocId } from '@/utilities/docId'
import { nestedRequest } from '@/utilities/nestedRequest'

/** Fallback when site settings have no figure yet. */
export const defaultRelatedMax = 8

type Messages = { self: string; tooMany: (max: number, over: number) => string }
const messages: Record<'vi' | 'en' | 'zh', Messages> = {
  vi: {
    self: 'Một bài không thể liên quan đến chính nó.',
    tooMany: (max, over) => `Tối đa ${max} tin liên quan (Cài đặt trang); hãy bỏ bớt ${over}.`,
  },
  en: {
    self: 'An article cannot be related to itself.',
    tooMany: (max, over) => `At most ${max} related articles (Site settings); remove ${over}.`,
  },
  zh: { self: '文章不能与自身相关。', tooMany: (max, over) => `最多 ${max} 篇相关文章（网站设置）；请删除 ${over} 篇。` },
}

/**
 * Related articles: Payload's own checks, then the newsroom's: never the article itself, and no
 * more than Site settings › "Most related articles editors may pick per article".
 */
export const validateRelated: RelationshipFieldValidation = async (value, options) => {
  const base = await relationship(value, options)
  if (base !== true) return base
  const list: unknown[] = Array.isArray(value) ? value : []
  if (list.length === 0) return true
  const { id, req } = options
  const language = req.i18n?.language
  const say = messages[language === 'en' || language === 'zh' ? language : 'vi']
  if (id !== undefined && list.some((entry) => sameDocId(anyRelationId(entry), id))) return say.self
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req: nestedRequest(req) })
  const max = settings.relatedMax ?? defaultRelatedMax
  return list.length > max ? say.tooMany(max, list.length - max) : true
}
