import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/hardening/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
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
