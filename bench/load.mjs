// (a)/(b): requests/s and latency under load with autocannon; and a static file server as the limit.
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

/** Runs autocannon against one URL (or a list of paths cycled per connection). */
export async function load(url, { connections = 32, duration = 10, paths } = {}) {
  const result = await autocannon({
    url,
    connections,
    duration,
    requests: paths ? paths.map((p) => ({ method: 'GET', path: p })) : undefined,
  })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

/** Serves the saved HTML of each page from disk, as a plain file server would: the ceiling for that page. */
export async function startStaticServer(port, pages) {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-static-'))
  const files = new Map()
  for (const [pagePath, html] of Object.entries(pages)) {
    const file = path.join(dir, `${files.size}.html`)
    writeFileSync(file, html)
    files.set(pagePath, file)
  }
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url, 'http://x').pathname)
    if (!file) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    createReadStream(file).pipe(res)
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(resolve)) }
}
