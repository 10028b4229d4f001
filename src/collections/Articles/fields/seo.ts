import { seoPlugin } from '@payloadcms/plugin-seo'
import { MetaDescriptionField, MetaTitleField, PreviewField } from '@payloadcms/plugin-seo/fields'
import type { GenerateURL } from '@payloadcms/plugin-seo/types'
import { validations, type Plugin, type TextareaField, type TextField } from 'payload'

import { isLocale } from '@/i18n/locales'
import { absoluteUrl } from '@/seo/site'
import { relationId } from '@/utilities/docId'

/** Hard limits on what is stored; the counters beside the fields show the plugin's recommended lengths. */
const titleLimit = 110
const descriptionLimit = 300

/**
 * Empty fields fall back to the headline and the lead (src/seo/metadata.ts), so editors fill them
 * only to say it differently. The limits are checked by validation, not by the fields' maxLength,
 * which the counters would show as the recommended length.
 */
const title: TextField = {
  name: 'title',
  type: 'text',
  admin: (MetaTitleField({ hasGenerateFn: false }) as TextField).admin,
  localized: true,
  label: { vi: 'Tiêu đề SEO (để trống: dùng tiêu đề)', en: 'SEO title (empty: the headline)', zh: 'SEO 标题（留空则用标题）' },
  validate: (value, options) => validations.text(value, { ...options, maxLength: titleLimit }),
}

const description: TextareaField = {
  name: 'description',
  type: 'textarea',
  admin: (MetaDescriptionField({ hasGenerateFn: false }) as TextareaField).admin,
  localized: true,
  label: { vi: 'Mô tả SEO (để trống: dùng sapo)', en: 'SEO description (empty: the lead)', zh: 'SEO 描述（留空则用导语）' },
  validate: (value, options) => validations.textarea(value, { ...options, maxLength: descriptionLimit }),
}

/** The edition's public address for the search-result preview (the section's slug is the same in every language). */
const articleUrl: GenerateURL<{ slug?: string | null; section?: number | { id: number } | null }> = async ({ doc, locale, req }) => {
  const sectionId = relationId(doc?.section ?? null)
  if (!isLocale(locale) || !doc?.slug || sectionId === undefined) return ''
  const section = await req.payload.findByID({
    collection: 'sections',
    id: sectionId,
    depth: 0,
    disableErrors: true,
    select: { slug: true },
    req,
  })
  return section?.slug ? absoluteUrl(`/${locale}/${section.slug}/${doc.slug}`) : ''
}

/**
 * What search engines and social networks show for an edition: Payload's SEO plugin's fields
 * (length counters, a search-result preview) in the articles' `meta` group, localized per edition.
 * The names and types are the ones ours had, so the schema and the data stay as they were.
 */
export const articleSeo = (): Plugin => async (incoming) => {
  const config = await seoPlugin({
    collections: ['articles'],
    fields: () => [title, description, PreviewField({ hasGenerateFn: true, titlePath: 'meta.title', descriptionPath: 'meta.description' })],
    generateURL: articleUrl,
  })(incoming)
  // The plugin names its group "SEO" in every language; the admin shows it in the desk's own.
  const meta = config.collections
    ?.find((collection) => collection.slug === 'articles')
    ?.fields.find((field) => 'name' in field && field.name === 'meta')
  if (meta && meta.type === 'group') meta.label = metaLabel
  return config
}

const metaLabel = { vi: 'Tìm kiếm và mạng xã hội (SEO)', en: 'Search and social (SEO)', zh: '搜索与社交（SEO）' }
