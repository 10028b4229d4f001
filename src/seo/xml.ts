/**
 * XML text and attribute escaping. Characters XML 1.0 cannot hold at all (most control
 * characters, lone surrogates) are dropped: a feed with one of them would not parse.
 */
const invalidXmlChars =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function escapeXml(value: string | number | null | undefined): string {
  return String(value ?? '')
    .replace(invalidXmlChars, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** An element with escaped text, or nothing when there is no text. */
export function element(
  name: string,
  text: string | number | null | undefined,
  attributes: Record<string, string | number | undefined> = {},
): string {
  if (text === null || text === undefined || text === '') return ''
  return `<${name}${attrs(attributes)}>${escapeXml(text)}</${name}>`
}

export function attrs(attributes: Record<string, string | number | undefined>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('')
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>'

/** The response every sitemap and feed is sent with: cached by CDNs briefly, refreshed by tags here. */
export function xmlResponse(body: string, contentType = 'application/xml'): Response {
  return new Response(body, {
    headers: {
      'content-type': `${contentType}; charset=utf-8`,
      'cache-control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=600',
    },
  })
}
