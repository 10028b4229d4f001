import type { UIField } from 'payload'

/** Sidebar and list-column tools for editors; UI fields store nothing. */
export const viewsField: UIField = {
  name: 'views',
  type: 'ui',
  label: { vi: 'Lượt xem 24 giờ / 7 ngày', en: 'Views 24 h / 7 d', zh: '浏览量 24小时/7天' },
  admin: {
    position: 'sidebar',
    components: {
      Field: '@/collections/Articles/components/ArticleViews#ArticleViews',
      Cell: '@/collections/Articles/components/ViewsCell#ViewsCell',
    },
  },
}

export const relatedSuggestionsField: UIField = {
  name: 'relatedSuggestions',
  type: 'ui',
  label: { vi: 'Gợi ý tin liên quan', en: 'Related suggestions', zh: '相关文章建议' },
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: { Field: '@/collections/Articles/components/RelatedSuggestions#RelatedSuggestions' },
  },
}
