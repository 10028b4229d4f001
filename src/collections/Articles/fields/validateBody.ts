import type { RichTextFieldValidation } from 'payload'
import { richText as lexicalValidation } from 'payload/shared'

import { bodyLinkScheme, ruleMessages } from '@/errors/messages'
import { adminLanguage, say, type AdminLanguage } from '@/errors/refuse'

/**
 * The body must be a Lexical document: a plain string was stored and published as is, and the
 * page rendered nothing. Links inside it may only lead to web, mail and phone addresses or to a
 * path on this site: `data:` (an HTML page hidden in a link) and `javascript:` are refused with a
 * message on the body, rather than stripped, so the journalist sees what was wrong.
 */
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel'])

type LexicalNode = { type?: unknown; fields?: { url?: unknown; linkType?: unknown }; children?: unknown }

/** Browsers ignore tabs, line breaks and leading spaces in a URL ("java\tscript:" is javascript:). */
export function unsafeLinkScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1]
  return scheme && !allowedSchemes.has(scheme) ? scheme : undefined
}

function linkProblem(language: AdminLanguage, nodes: unknown, depth = 0): string | undefined {
  if (!Array.isArray(nodes) || depth > 50) return undefined
  for (const node of nodes as LexicalNode[]) {
    if (!node || typeof node !== 'object') continue
    const url = node.fields?.url
    if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType !== 'internal' && typeof url === 'string') {
      const scheme = unsafeLinkScheme(url)
      if (scheme) return bodyLinkScheme(language, scheme)
    }
    const inner = linkProblem(language, node.children, depth + 1)
    if (inner) return inner
  }
  return undefined
}

function isLexicalDocument(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const root = (value as { root?: { type?: unknown; children?: unknown } }).root
  return Boolean(root && typeof root === 'object' && root.type === 'root' && Array.isArray(root.children))
}

export const validateBody: RichTextFieldValidation = async (value, options) => {
  if (value === null || value === undefined) return lexicalValidation(value, options)
  if (!isLexicalDocument(value)) return say(options.req, ruleMessages.bodyNotRichText)
  const problem = linkProblem(adminLanguage(options.req), (value as { root: { children: unknown } }).root.children)
  if (problem) return problem
  return lexicalValidation(value, options)
}
