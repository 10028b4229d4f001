// The production server: Next's own request handler (as `next start` runs it), with the pages Next
// has cached answered from memory in front of it (src/cache/pageMemory.ts, docs/page-memory.md).
// Started by scripts/serve.mjs with NODE_ENV=production; PORT and HOST as for `next start`.
import { createServer } from 'node:http'

import next from 'next'

import { root } from './lib.mjs'
import { startPageMemory } from '../src/cache/pageMemory.ts'

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || undefined

const app = next({ dev: false, dir: root, port, hostname: hostname ?? 'localhost' })
await app.prepare()
const handle = app.getRequestHandler()
const memory = startPageMemory()

const server = createServer((req, res) => {
  if (memory?.answer(req, res)) return
  handle(req, res).catch((error) => {
    console.error(`Failed to handle request for ${req.url}`, error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
server.on('error', (error) => {
  console.error('Failed to start server', error)
  process.exit(1)
})
server.listen(port, hostname, () => {
  const pages = memory ? 'cached pages answered from memory' : 'page memory off (PAGE_MEMORY_MB=0)'
  console.log(`▲ Next.js ready on http://${hostname ?? 'localhost'}:${port} (${pages})`)
})
// As `next start` does: stop taking requests, finish those under way, exit with the signal's code.
// (The page-view counter holds that exit until its counts are written: src/analytics/shutdown.ts.)
const exitCodes = { SIGINT: 130, SIGTERM: 143 }
for (const [signal, code] of Object.entries(exitCodes)) {
  process.once(signal, () => {
    server.close(() => process.exit(code))
    server.closeIdleConnections()
    setTimeout(() => process.exit(code), 5000).unref()
  })
}
