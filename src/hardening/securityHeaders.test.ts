import { expect, test } from 'vitest'

import { fontScaleBootScript } from '@/components/article/fontScale'
import { publicContentSecurityPolicy, securityHeaders } from './securityHeaders.mjs'

test('public pages: scripts, connections and forms stay on our origin; no plugins; framed only by us', () => {
  expect(publicContentSecurityPolicy).toMatch(/script-src 'self'/)
  expect(publicContentSecurityPolicy).not.toMatch(/\*|https?:|unsafe-eval/)
  expect(publicContentSecurityPolicy).toMatch(/object-src 'none'/)
  expect(publicContentSecurityPolicy).toMatch(/frame-ancestors 'self'/)
  expect(publicContentSecurityPolicy).toMatch(/form-action 'self'/)
  expect(fontScaleBootScript).not.toMatch(/https?:/)
})

test('HSTS and upgrade-insecure-requests only when the site is served over https', () => {
  const plain = JSON.stringify(securityHeaders({ https: false }))
  const tls = JSON.stringify(securityHeaders({ https: true }))
  expect(plain).not.toMatch(/Strict-Transport-Security|upgrade-insecure-requests/)
  expect(tls).toMatch(/Strict-Transport-Security/)
  expect(tls).toMatch(/upgrade-insecure-requests/)
})
