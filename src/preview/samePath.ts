/**
 * A path on this site to send a browser to, or "/" when the value could lead anywhere else.
 * Browsers read "/\evil.example" and "/<tab>/evil.example" as "//evil.example" (another host), so
 * a leading slash is not enough: backslashes and control characters are refused outright, and
 * what is left must resolve to the same origin.
 */
export function samePath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return '/'
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return '/'
  const base = 'http://same-origin.invalid'
  let url: URL
  try {
    url = new URL(raw, base)
  } catch {
    return '/'
  }
  if (url.origin !== base) return '/'
  return `${url.pathname}${url.search}${url.hash}`
}
