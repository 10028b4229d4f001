import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/hardening/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Cached pages are served from memory; hashing each whole page for an ETag cost 18% of the
  // server's CPU. Pages change by publishing, not per request: Cache-Control and the proxy in
  // front (docs/caching.md) do that job.
  generateEtags: false,
  // gzip in Node costs a fifth of the CPU a cached page takes; a proxy in front compresses
  // better and once. HTTP_COMPRESSION=off when one does (default on: `npm start` stands alone).
  compress: process.env.HTTP_COMPRESSION !== 'off',
  // Next's file-system cache, but 404s and redirects are never stored (src/cache/routeCacheHandler.mjs),
  // plus surrogate keys for the proxy and revalidations shared between instances over Redis
  // (src/cache/nextCacheHandler.ts, docs/deployment.md).
  cacheHandler: path.join(import.meta.dirname, 'src/cache/nextCacheHandler.ts'),
  // Time-revalidated pages (most read) may be served stale for 10 s while they refresh, not for a
  // year: Next's default (s-maxage=300, stale-while-revalidate=31535700) let a proxy keep any copy.
  expireTime: 310,
  // unauthorized()/forbidden(): the admin's server functions answer 401/403 without a login (src/hardening/serverFunctions.ts).
  experimental: { authInterrupts: true },
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
