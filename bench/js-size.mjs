// (d) JavaScript each reading page ships, gzipped: all of it, and the part that is our own code.
import { gzipSync } from 'node:zlib'

/** Markers that only our client components contain (see src/components/**: 'use client'). */
const ownMarkers = ['newsroom:font-scale', 'tabs--enhanced', 'see-more', 'article-list__items--more', 'notFoundBody', 'previewBanner']

export async function measureJavaScript(origin, pagePath) {
  const html = await (await fetch(`${origin}${pagePath}`)).text()
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))]
  let total = 0
  let own = 0
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())
    const gz = gzipSync(body, { level: 9 }).length
    total += gz
    const text = body.toString('utf8')
    if (ownMarkers.some((marker) => text.includes(marker))) own += gz
  }
  // Inline scripts (Next's flight data is data, not code; our head script is code).
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((code) => code.includes('newsroom:font-scale'))
  own += inline.reduce((sum, code) => sum + gzipSync(Buffer.from(code)).length, 0)
  return { page: pagePath, scripts: sources.length, totalGzipBytes: total, ownGzipBytes: own }
}
