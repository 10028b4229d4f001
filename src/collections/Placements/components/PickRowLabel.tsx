'use client'

import { useFormFields, useRowLabel, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { locales, type Locale } from '@/i18n/locales'

type Pick = { article?: number | string | { id: number | string } | null; languages?: Locale[] | null }
type Localized<T> = Partial<Record<Locale, T | null>> | null | undefined
type ArticleEditions = { title?: Localized<string>; heroImage?: Localized<unknown> }

const words = {
  vi: { pick: 'Tin', noHero: 'chưa có ảnh đại diện', hint: 'Tin tiêu điểm cần ảnh: trang chủ sẽ để trống một khoảng lớn' },
  en: { pick: 'Pick', noHero: 'no hero photo', hint: 'A top story needs a photo: the home page leaves a large gap' },
  zh: { pick: '精选', noHero: '缺少主图', hint: '头条需要图片：否则首页会留下大片空白' },
}

/** Editions the pick shows in (its languages, or every edition written) that have no hero photo. */
export function editionsWithoutHero(article: ArticleEditions, languages: Locale[] | null | undefined): Locale[] {
  const shown = languages && languages.length > 0 ? languages : locales.filter((locale) => Boolean(article.title?.[locale]))
  return shown.filter((locale) => !article.heroImage?.[locale])
}

/**
 * A pick's row names its article by headline (not "Tin 01"); on the top story, an edition
 * without a hero photo is flagged, since the home page shows the top story's photo large.
 */
export function PickRowLabel() {
  const { data, rowNumber } = useRowLabel<Pick>()
  const { i18n } = useTranslation()
  const key = useFormFields(([fields]) => fields.key?.value)
  const lang = i18n.language === 'en' || i18n.language === 'zh' ? i18n.language : 'vi'
  const t = words[lang]
  const articleId = typeof data?.article === 'object' && data.article ? data.article.id : data?.article
  const [article, setArticle] = useState<ArticleEditions | null>(null)

  useEffect(() => {
    if (!articleId) return
    let live = true
    void fetch(`/api/articles/${articleId}?locale=all&draft=true&depth=0&select[title]=true&select[heroImage]=true`, {
      credentials: 'include',
    })
      .then((response) => (response.ok ? (response.json() as Promise<ArticleEditions>) : null))
      .then((loaded) => live && setArticle(loaded))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [articleId])

  const headline = article ? (article.title?.[lang] ?? locales.map((locale) => article.title?.[locale]).find(Boolean)) : null
  const missingHero = article && key === 'topStory' ? editionsWithoutHero(article, data?.languages) : []
  return (
    <span className="pick-row-label" data-testid="pick-row-label">
      {headline || `${t.pick} ${String((rowNumber ?? 0) + 1).padStart(2, '0')}`}
      {missingHero.length > 0 ? (
        <strong role="alert" title={t.hint} data-testid="pick-no-hero" style={{ color: 'var(--theme-error-500)', marginLeft: '0.5rem' }}>
          ⚠ {t.noHero} ({missingHero.join(', ')})
        </strong>
      ) : null}
    </span>
  )
}
