import { BlocksFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import { articleBodyBlocks } from '@/blocks'

export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [...defaultFeatures, BlocksFeature({ blocks: articleBodyBlocks })],
})
