/**
 * The readable text of a Lexical body: paragraphs, headings, list items and quotes, one block
 * per line; pull quotes and photo captions count too (readers search for what they read).
 * Links to other articles (">>> headline") are skipped: their words belong to the other article.
 */
type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: { blockType?: string; text?: unknown; attribution?: unknown; caption?: unknown }
}

const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

function nodeText(node: LexicalNode): string {
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'block') return blockText(node.fields)
  const inner = (node.children ?? []).map(nodeText).join('')
  return blockTypes.has(node.type ?? '') ? `${inner}\n` : inner
}

function blockText(fields: LexicalNode['fields']): string {
  if (!fields) return ''
  const parts: unknown[] = []
  if (fields.blockType === 'pullQuote') parts.push(fields.text, fields.attribution)
  if (fields.blockType === 'inlinePhoto') parts.push(fields.caption)
  const text = parts.filter((part): part is string => typeof part === 'string' && part.length > 0).join(' ')
  return text ? `${text}\n` : ''
}

export function lexicalPlainText(body: unknown): string {
  const root = (body as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  return nodeText(root)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}
