// Security headers for next.config.mjs headers(). Plain JavaScript: next.config.mjs imports it.
// Why script-src keeps 'unsafe-inline' on public pages: see docs/security-headers.md.

/** Sent with every response. */
export const baseHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

const csp = (directives) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`.trim())
    .join('; ')

/**
 * The public site: everything from our own origin. Scripts may not come from anywhere else, and
 * nothing may be posted, framed, fetched or embedded elsewhere. The admin's live preview frames the
 * site, so framing by our own origin stays allowed.
 */
export const publicContentSecurityPolicy = csp({
  'default-src': ["'self'"],
  // Next streams its page data in inline <script> tags that differ per page and per build, and
  // pages are cached (ISR), so neither hashes nor per-request nonces can list them.
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'self'"],
  'upgrade-insecure-requests': [],
})

/** Payload's admin: its own scripts and styles, framed by nobody else. */
export const adminContentSecurityPolicy = csp({
  'frame-ancestors': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
})

/** Uploaded files are data, never a page: a polyglot "image" can run nothing even if opened directly. */
export const uploadContentSecurityPolicy = csp({ 'default-src': ["'none'"], 'img-src': ["'self'"], sandbox: [] })

/** For next.config.mjs: `async headers() { return securityHeaders({ https }) }`. */
export function securityHeaders({ https = false } = {}) {
  const transport = https ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []
  // upgrade-insecure-requests would break a plain-http local demo.
  const publicPolicy = https ? publicContentSecurityPolicy : publicContentSecurityPolicy.replace(/; upgrade-insecure-requests$/, '')
  return [
    { source: '/:path*', headers: [...baseHeaders, ...transport] },
    { source: '/:locale(vi|en|zh)/:path*', headers: [{ key: 'Content-Security-Policy', value: publicPolicy }] },
    { source: '/:locale(vi|en|zh)', headers: [{ key: 'Content-Security-Policy', value: publicPolicy }] },
    { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: adminContentSecurityPolicy }] },
    { source: '/admin', headers: [{ key: 'Content-Security-Policy', value: adminContentSecurityPolicy }] },
    { source: '/api/media/file/:path*', headers: [{ key: 'Content-Security-Policy', value: uploadContentSecurityPolicy }] },
  ]
}
