import type { Block } from 'payload'

export const PullQuote: Block = {
  slug: 'pullQuote',
  interfaceName: 'PullQuoteBlock',
  labels: {
    singular: { vi: 'Trích dẫn nổi bật', en: 'Pull quote', zh: '醒目引语' },
    plural: { vi: 'Trích dẫn nổi bật', en: 'Pull quotes', zh: '醒目引语' },
  },
  fields: [
    { name: 'text', type: 'textarea', required: true, label: { vi: 'Lời trích', en: 'Quote', zh: '引语' } },
    { name: 'attribution', type: 'text', label: { vi: 'Người nói', en: 'Attribution', zh: '出处' } },
  ],
}
