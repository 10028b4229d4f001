import type { Block } from 'payload'

/** The ">>> Other headline" line journalists put under the lead or between paragraphs. */
export const RelatedLink: Block = {
  slug: 'relatedLink',
  interfaceName: 'RelatedLinkBlock',
  labels: {
    singular: { vi: 'Tin liên quan trong bài (>>>)', en: 'Inline related link (>>>)', zh: '文中相关链接（>>>）' },
    plural: { vi: 'Tin liên quan trong bài', en: 'Inline related links', zh: '文中相关链接' },
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      required: true,
      label: { vi: 'Bài viết', en: 'Article', zh: '文章' },
    },
  ],
}
