// (d2) The inline RSC payload: the flight data Next writes into each page's HTML as
// `self.__next_f.push(…)` scripts, next to the HTML it describes. Its share of the page, raw and gzipped.
import { gzipSync } from 'node:zlib'

export async function measureInlinePayload(origin, pagePath) {
  const html = await (await fetch(`${origin}${pagePath}`)).text()
  const flight = [...html.matchAll(/<script(?![^>]*src=)[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('')
  const bytes = (text) => Buffer.byteLength(text)
  const gzipped = (text) => gzipSync(Buffer.from(text), { level: 6 }).length
  return {
    page: pagePath,
    htmlBytes: bytes(html),
    htmlGzipBytes: gzipped(html),
    payloadBytes: bytes(flight),
    payloadGzipBytes: gzipped(flight),
    share: +(bytes(flight) / bytes(html)).toFixed(3),
  }
}
