import type { CollectionConfig } from 'payload'

import type { Article } from '@/payload-types'

import { editorsOnly } from '@/access/roles'
import { forgetTransitions } from '@/collections/ArticleTransitions/forgetTransitions'
import { forgetPageViews } from '@/analytics/forgetViews'
import { keepErrorDetails } from '@/hooks/keepErrorDetails'
import { invalidateOnChange, invalidateOnDelete, markDraftSaves } from '@/cache/hooks'
import { slugField } from '@/fields/slug'
import { articleBodyEditor } from './bodyEditor'
import { createArticles, readArticles, guardPublicReads, updateArticles } from './access'
import { searchTextField, searchTitleField } from './fields/search'
import { validateBody } from './fields/validateBody'
import { guardPublishing } from './hooks/guardPublishing'
import { slugPerLocale } from './hooks/slugPerLocale'
import { recordOldAddresses, rememberAddresses } from '../Redirects/oldAddresses'
import { stampPublicationTimes } from './hooks/stampPublicationTimes'
import { articleEndpoints } from './endpoints'
import { relatedSuggestionsField, viewsField } from './fields/editorTools'
import { validateRelated } from './fields/related'
import { allHeadlinesField, fillAllHeadlines, searchAnyLocale } from './fields/allHeadlines'
import { carryOutSave, planArticleSave } from './save/planSave'
import { readLatestDraft } from './hooks/readLatestDraft'
import { editionEditField } from './fields/editionEdit'
import { indexPhotos, photosField } from './fields/photos'
import { guardEditionWrite } from './save/guardEditionWrite'
import { settleWriteMode } from './save/writeMode'
import { sharedFieldAccess } from './save/sharedFieldAccess'
import { workflowFields } from './fields/workflow'
import { correctionsField } from './fields/corrections'
import { translationFields } from './fields/translation'
import { sourceBeside } from './translation/sourceBeside'
import { addWebScheme } from './fields/sourceUrl'
import { keepSourceFingerprint } from './hooks/keepSourceFingerprint'
import { requirePhotoCredits } from './hooks/requirePhotoCredits'
import { translationEndpoints } from './translation/endpoints'
import { holdEndpoints } from './holds/endpoints'
import { forgetHolds } from './holds/holds'
import { previewUrl } from '@/preview/secret'
import { validateWebAddress } from '@/utilities/webAddress'
import { localDateAdmin } from '@/admin/dates/localDate'
import { noticeOutdatedTranslations } from '@/collections/Notices/notify'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: {
    singular: { vi: 'Bài viết', en: 'Article', zh: '文章' },
    plural: { vi: 'Bài viết', en: 'Articles', zh: '文章' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', 'workflowState', 'translationDesk', 'authors', 'publishedAt', 'views', 'updatedAt'],
    listSearchableFields: ['title', 'lead', 'slug', 'allHeadlines'],
    group: { vi: 'Nội dung', en: 'Content', zh: '内容' },
    // Preview and live preview open the edition through draft mode (src/app/(frontend)/next/preview).
    preview: (doc, { locale, req }) => previewUrl(doc?.id, locale, req?.origin),
    livePreview: { url: ({ data, locale, req }) => previewUrl(data?.id, locale?.code, req?.origin) },
    // The workflow state in the header, and no bulk publish for those who may not publish (./workflow/components).
    components: {
      edit: { beforeDocumentControls: ['@/collections/Articles/workflow/components/WorkflowHeader#WorkflowHeader'] },
      beforeListTable: ['@/collections/Articles/workflow/components/EditorsOnlyBulkPublish#EditorsOnlyBulkPublish'],
    },
  },
  // Last edited first: the desk's current work, not the archive, opens the list.
  defaultSort: '-updatedAt',
  // Payload locks a whole document (every edition at once) and drops the lock at each autosave;
  // editions are held one by one instead (./holds, docs/per-locale-publication.md).
  lockDocuments: false,
  // Section lists and the newer/older widgets: one index range, already in date order.
  indexes: [{ fields: ['section', 'publishedAt'] }],
  access: {
    read: readArticles,
    create: createArticles,
    update: updateArticles,
    delete: editorsOnly,
    readVersions: ({ req }) => Boolean(req.user),
  },
  versions: {
    maxPerDoc: 50,
    drafts: {
      // Saves while typing, but not on every keystroke.
      autosave: { interval: 3000 },
      localizeStatus: true,
      // Payload's scheduled publishing; the job queue runs inside the app (see docs/editorial-workflow.md).
      schedulePublish: true,
    },
  },
  hooks: {
    // The write mode first: it may turn a save into a draft, which the cache hook then sees.
    beforeOperation: [settleWriteMode, guardPublicReads, markDraftSaves, searchAnyLocale],
    beforeValidate: [slugPerLocale],
    beforeChange: [
      guardEditionWrite,
      guardPublishing,
      planArticleSave,
      requirePhotoCredits,
      keepSourceFingerprint,
      stampPublicationTimes,
      fillAllHeadlines,
      indexPhotos,
      rememberAddresses,
    ],
    // Cache invalidation last, after the history and the schedule are written (and, with
    // transactions, after the commit: see src/db/afterCommit.ts).
    afterChange: [carryOutSave, recordOldAddresses, noticeOutdatedTranslations, invalidateOnChange({ collection: 'articles' })],
    afterOperation: [readLatestDraft],
    afterError: [keepErrorDetails],
    beforeDelete: [forgetPageViews, forgetTransitions, ({ id, req }) => forgetHolds(req, id as Article['id'])],
    afterDelete: [invalidateOnDelete({ collection: 'articles' })],
  },
  endpoints: [...articleEndpoints, ...translationEndpoints, ...holdEndpoints],
  fields: [
    {
      // Who else has this edition open right now (see ./holds).
      name: 'editionHold',
      type: 'ui',
      admin: { components: { Field: '@/collections/Articles/components/EditionBar#EditionBar' } },
    },
    {
      // A refused autosave's messages shown under their fields (src/admin/errors).
      name: 'refusalsOnFields',
      type: 'ui',
      admin: { components: { Field: '@/admin/errors/ShowRefusals#ShowRefusals' }, disableListColumn: true },
    },
    {
      // Offers Publish as soon as a correction is autosaved (see the component).
      name: 'publishAfterAutosave',
      type: 'ui',
      admin: {
        components: { Field: '@/collections/Articles/components/PublishAfterAutosave#PublishAfterAutosave' },
        disableListColumn: true,
      },
    },
    {
      name: 'title',
      type: 'text',
      localized: true,
      required: true,
      label: { vi: 'Tiêu đề', en: 'Headline', zh: '标题' },
      admin: { components: sourceBeside('title') },
    },
    {
      name: 'lead',
      type: 'textarea',
      localized: true,
      label: { vi: 'Sapo', en: 'Lead', zh: '导语' },
      admin: {
        description: {
          vi: 'Một đoạn in đậm tóm tắt bài. Có thể bắt đầu bằng ký hiệu hãng, VD "NDO – ".',
          en: 'One bold paragraph summing the story up. Agencies may prefix it with their mark, e.g. "NDO – ".',
          zh: '概括全文的一段加粗文字。',
        },
        components: sourceBeside('lead'),
      },
    },
    {
      name: 'body',
      type: 'richText',
      localized: true,
      editor: articleBodyEditor,
      validate: validateBody,
      label: { vi: 'Nội dung', en: 'Body', zh: '正文' },
      admin: { components: sourceBeside('body') },
    },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      // Each edition has its own; see docs/per-locale-publication.md.
      localized: true,
      label: { vi: 'Ảnh đại diện', en: 'Hero photo', zh: '主图' },
      admin: { components: sourceBeside('photos') },
    },
    {
      name: 'source',
      type: 'group',
      localized: true,
      label: { vi: 'Nguồn', en: 'Source', zh: '来源' },
      admin: {
        description: {
          vi: 'Khi bài lấy từ cơ quan báo chí khác.',
          en: 'When the story is taken from another outlet.',
          zh: '转载自其他媒体时填写。',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'outlet', type: 'text', label: { vi: 'Tên cơ quan', en: 'Outlet', zh: '媒体名称' } },
            {
              name: 'url',
              type: 'text',
              label: { vi: 'Đường dẫn', en: 'URL', zh: '链接' },
              hooks: { beforeValidate: [addWebScheme] },
              validate: validateWebAddress,
            },
          ],
        },
      ],
    },
    {
      name: 'related',
      type: 'relationship',
      relationTo: 'articles',
      hasMany: true,
      localized: true,
      label: { vi: 'Tin liên quan', en: 'Related articles', zh: '相关文章' },
      admin: {
        // Related articles are chosen, not written from here.
        allowCreate: false,
        description: {
          vi: 'Theo thứ tự hiển thị. Trang web tự bổ sung khi chọn ít hơn số ô.',
          en: 'In display order. The site tops the list up when fewer are chosen.',
          zh: '按显示顺序排列。',
        },
      },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      validate: validateRelated,
    },
    slugField({ localized: true }),
    {
      name: 'publishedAt',
      access: { update: sharedFieldAccess },
      type: 'date',
      index: true,
      label: { vi: 'Ngày xuất bản', en: 'Published at', zh: '发布时间' },
      admin: localDateAdmin({ position: 'sidebar' }),
    },
    {
      name: 'revisedAt',
      type: 'date',
      localized: true,
      label: { vi: 'Cập nhật lúc', en: 'Updated at', zh: '更新时间' },
      admin: localDateAdmin({
        position: 'sidebar',
        readOnly: true,
        description: {
          vi: 'Tự ghi khi bản đã đăng được đăng lại.',
          en: 'Set when a published edition is published again.',
          zh: '已发布版本再次发布时自动记录。',
        },
      }),
    },
    {
      name: 'section',
      access: { update: sharedFieldAccess },
      type: 'relationship',
      relationTo: 'sections',
      required: true,
      index: true,
      label: { vi: 'Chuyên mục', en: 'Section', zh: '栏目' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'tags',
      access: { update: sharedFieldAccess },
      type: 'relationship',
      relationTo: 'tags',
      hasMany: true,
      label: { vi: 'Thẻ', en: 'Tags', zh: '标签' },
      // Finds "Hà Nội" by "ha noi" or "Hanoi" (Payload's picker re-filters the server's matches by label).
      admin: { position: 'sidebar', components: { Field: '@/collections/Tags/TagPicker#TagPicker' } },
    },
    {
      name: 'authors',
      access: { update: sharedFieldAccess },
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      label: { vi: 'Tác giả', en: 'Authors', zh: '作者' },
      admin: { position: 'sidebar', components: { afterInput: ['@/collections/Articles/components/BylineMe#BylineMe'] } },
    },
    searchTitleField,
    searchTextField,
    viewsField,
    relatedSuggestionsField,
    allHeadlinesField,
    ...workflowFields,
    ...translationFields,
    correctionsField,
    editionEditField,
    photosField,
  ],
}
