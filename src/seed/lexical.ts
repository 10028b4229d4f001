import { randomUUID } from 'node:crypto'

import type { Article } from '@/payload-types'
import type { DemoBodyNode } from './data/types'

type LexicalNode = { type: string; version: number; [key: string]: unknown }
type Ids = { photo: (key: string) => number; article: (key: string) => number }

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const elementBase = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

function blockNode(fields: Record<string, unknown>): LexicalNode {
  return { type: 'block', version: 2, format: '', fields: { id: randomUUID().replace(/-/g, '').slice(0, 24), blockName: '', ...fields } }
}

function toLexicalNode(node: DemoBodyNode, ids: Ids): LexicalNode {
  switch (node.type) {
    case 'p':
      return { ...elementBase, type: 'paragraph', textFormat: 0, textStyle: '', children: [textNode(node.text)] }
    case 'h2':
      return { ...elementBase, type: 'heading', tag: 'h2', children: [textNode(node.text)] }
    case 'quote':
      return blockNode({ blockType: 'pullQuote', text: node.text, attribution: node.attribution ?? null })
    case 'photo':
      return blockNode({ blockType: 'inlinePhoto', photo: ids.photo(node.photo), caption: null })
    case 'related':
      return blockNode({ blockType: 'relatedLink', target: 'article', article: ids.article(node.article) })
    case 'external':
      return blockNode({ blockType: 'relatedLink', target: 'external', headline: node.headline, url: node.url })
  }
}

/** Builds the Lexical document Payload stores for an article body. */
export function toLexicalBody(nodes: DemoBodyNode[], ids: Ids): NonNullable<Article['body']> {
  return {
    root: { type: 'root', ...elementBase, children: nodes.map((node) => toLexicalNode(node, ids)) },
  }
}
