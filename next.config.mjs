import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/hardening/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next's file cache plus surrogate keys for the proxy and revalidation shared between instances
  // over Redis (docs/deployment.md).
  cacheHandler: fileURLToPath(new URL('./src/cache/nextCacheHandler.ts', import.meta.url)),
  // Time-revalidated pages (most read) may be served stale for 10 s while they refresh, not for a
  // year: Next's default (s-maxage=300, stale-while-revalidate=31535700) let a proxy keep any copy.
  expireTime: 310,
  async headers() {
    return securityHeaders({ https: (process.env.SERVER_URL ?? '').startsWith('https://') })
  },
  async redirects() {
    // Vietnamese is the default edition.
    return [{ source: '/', destination: '/vi', permanent: false }]
  },
  images: {
    // Uploads are served by Payload under /api/media/file/…; the site asks for the sizes it made.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/webp'],
    deviceSizes: [320, 640, 768, 1024, 1280],
    imageSizes: [96, 160, 320],
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
