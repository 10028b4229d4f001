// npm run bench:soak: 200 concurrent readers on the article pages for 60 s while an editor
// publishes a new headline every second. Counts failed requests, server memory before/after and
// how long each published change took to reach readers. SOAK_SECONDS / SOAK_CONNECTIONS override.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { root } from '../scripts/lib.mjs'
import { articleAt, articleLinks, demoPages, logIn, median, prepareBenchDatabase, publishAndWait, startServer, treeRssMb } from './lib.mjs'
import { load } from './load.mjs'

const seconds = Number(process.env.SOAK_SECONDS || 60)
const connections = Number(process.env.SOAK_CONNECTIONS || 200)
const port = Number(process.env.BENCH_PORT || 3475)

const database = await prepareBenchDatabase({ port })
const server = await startServer(database)
let report
try {
  const { home, section } = await demoPages(server.origin)
  const articles = await articleLinks(server.origin, [home, section])
  for (const p of articles) await fetch(`${server.origin}${p}`) // warm
  const rssBefore = treeRssMb(server.pid)
  const auth = await logIn(server.origin)
  const target = articles[0]
  const article = await articleAt(server.origin, target)

  let stop = false
  const latencies = []
  const publishFailures = []
  const editor = (async () => {
    for (let i = 1; !stop; i++) {
      const tick = Date.now()
      try {
        const { totalMs } = await publishAndWait(server.origin, auth, target, article, `${article.title} (soak ${i})`, { pollMs: 50, timeoutMs: 10_000 })
        latencies.push(totalMs)
      } catch (error) {
        publishFailures.push(String(error))
      }
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - tick))))
    }
  })()
  const readers = await load(server.origin, { connections, duration: seconds, paths: articles })
  stop = true
  await editor
  const rssPeak = treeRssMb(server.pid)
  await new Promise((resolve) => setTimeout(resolve, 5000))
  const rssAfter = treeRssMb(server.pid)
  const sorted = [...latencies].sort((a, b) => a - b)
  report = {
    date: new Date().toISOString(),
    seconds,
    connections,
    articlePages: articles.length,
    readers,
    failedRequests: readers.errors + readers.non2xx,
    publishes: latencies.length,
    publishFailures: publishFailures.length,
    visibleWithin2s: latencies.filter((ms) => ms <= 2000).length,
    publishToVisibleMs: { median: Math.round(median(latencies)), p95: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? NaN), max: Math.round(sorted[sorted.length - 1] ?? NaN) },
    rssMb: { before: rssBefore, atEnd: rssPeak, fiveSecondsLater: rssAfter },
  }
} finally {
  await server.stop()
  database.remove()
}

const markdown = [
  `# Soak: ${report.connections} readers × ${report.seconds} s on ${report.articlePages} article pages, an editor publishing every second (${report.date})`,
  '',
  '| requests | req/s | p50 ms | p99 ms | failed requests | publishes | visible ≤ 2 s | publish→visible median / p95 / max ms | server RSS MB before → end → +5 s |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  `| ${report.readers.total} | ${report.readers.requestsPerSecond} | ${report.readers.p50Ms} | ${report.readers.p99Ms} | ${report.failedRequests} | ${report.publishes} (${report.publishFailures} failed) | ${report.visibleWithin2s} | ${report.publishToVisibleMs.median} / ${report.publishToVisibleMs.p95} / ${report.publishToVisibleMs.max} | ${report.rssMb.before} → ${report.rssMb.atEnd} → ${report.rssMb.fiveSecondsLater} |`,
].join('\n')
console.log(`\n${markdown}\n`)
const out = path.join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'soak.md'), `${markdown}\n`)
writeFileSync(path.join(out, 'soak.json'), `${JSON.stringify(report, null, 2)}\n`)
if (report.failedRequests > 0 || report.publishFailures > 0) process.exitCode = 1
