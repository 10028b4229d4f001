/** Crawlers, link unfurlers, monitors and headless tools: they read pages but are not readers. */
const botPattern =
  /bot|crawl|spider|slurp|facebookexternalhit|embedly|quora link preview|whatsapp|telegram|skype|preview|headless|lighthouse|pagespeed|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|httpclient|monitor|uptime|pingdom/i

export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent || botPattern.test(userAgent)
}

/** Browsers announce prefetches and prerenders; a prefetched page has not been read (yet). */
export function isPrefetch(headers: Headers): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''}`
  return /prefetch|prerender|preview/i.test(purpose) || headers.get('x-moz') === 'prefetch'
}
