// npm run bench:soak: 200 concurrent readers on the article pages for 60 s while an editor
// publishes a new headline every second. Counts failed requests, how long each published change
// took to reach readers, and samples the server's memory every SOAK_SAMPLE_SECONDS (10) during the
// run and a cool-down after it: a leak keeps climbing to the end, while caches and V8's heap
// sizing climb early and then level off. SOAK_SECONDS / SOAK_CONNECTIONS override the load.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { root } from '../scripts/lib.mjs'
import { articleAt, articleLinks, demoPages, logIn, median, prepareBenchDatabase, publishAndWait, startServer, treeRssMb } from './lib.mjs'
import { load } from './load.mjs'

const seconds = Number(process.env.SOAK_SECONDS || 60)
const connections = Number(process.env.SOAK_CONNECTIONS || 200)
const port = Number(process.env.BENCH_PORT || 3475)
const sampleSeconds = Number(process.env.SOAK_SAMPLE_SECONDS || 10)
const coolDownSeconds = Number(process.env.SOAK_COOLDOWN_SECONDS || 30)

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

  const started = Date.now()
  const samples = [{ seconds: 0, mb: rssBefore }]
  const sampler = setInterval(
    () => samples.push({ seconds: Math.round((Date.now() - started) / 1000), mb: treeRssMb(server.pid) }),
    sampleSeconds * 1000,
  )

  let stop = false
  const latencies = []
  const publishFailures = []
  const editor = (async () => {
    for (let i = 1; !stop; i++) {
      const tick = Date.now()
      try {
        const { totalMs } = await publishAndWait(server.origin, auth, target, article, `${article.title} (soak ${i})`, {
          pollMs: 50,
          timeoutMs: 10_000,
        })
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
  const rssAtEnd = treeRssMb(server.pid)
  const loadSamples = samples.filter((sample) => sample.seconds <= seconds)
  await new Promise((resolve) => setTimeout(resolve, coolDownSeconds * 1000))
  clearInterval(sampler)
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
    publishToVisibleMs: {
      median: Math.round(median(latencies)),
      p95: Math.round(sorted[Math.floor(sorted.length * 0.95)] ?? NaN),
      max: Math.round(sorted[sorted.length - 1] ?? NaN),
    },
    rssMb: { before: rssBefore, atEnd: rssAtEnd, afterCoolDown: rssAfter, coolDownSeconds, ...memoryTrend(loadSamples) },
    rssSamples: samples,
  }
} finally {
  await server.stop()
  database.remove()
}

const markdown = [
  `# Soak: ${report.connections} readers × ${report.seconds} s on ${report.articlePages} article pages, an editor publishing every second (${report.date})`,
  '',
  '| requests | req/s | p50 ms | p99 ms | failed requests | publishes | visible ≤ 2 s | publish→visible median / p95 / max ms | server RSS MB before → end → after cool-down |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  `| ${report.readers.total} | ${report.readers.requestsPerSecond} | ${report.readers.p50Ms} | ${report.readers.p99Ms} | ${report.failedRequests} | ${report.publishes} (${report.publishFailures} failed) | ${report.visibleWithin2s} | ${report.publishToVisibleMs.median} / ${report.publishToVisibleMs.p95} / ${report.publishToVisibleMs.max} | ${report.rssMb.before} → ${report.rssMb.atEnd} → ${report.rssMb.afterCoolDown} |`,
  '',
  `Server memory (RSS, MB) every ${sampleSeconds} s; the last ${coolDownSeconds} s are the cool-down after the readers stop. ` +
    `First half of the run: +${report.rssMb.firstHalfGrowth} MB; second half: ${signed(report.rssMb.secondHalfGrowth)} MB (${signed(report.rssMb.secondHalfMbPerMinute)} MB/min).`,
  '',
  `| s | ${report.rssSamples.map((sample) => sample.seconds).join(' | ')} |`,
  `| --- | ${report.rssSamples.map(() => '---:').join(' | ')} |`,
  `| MB | ${report.rssSamples.map((sample) => sample.mb).join(' | ')} |`,
].join('\n')
console.log(`\n${markdown}\n`)
const out = path.join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'soak.md'), `${markdown}\n`)
writeFileSync(path.join(out, 'soak.json'), `${JSON.stringify(report, null, 2)}\n`)
/**
 * How memory moved in each half of the run. Growth that belongs to caches and heap sizing happens
 * while the working set fills (first half); a leak keeps the same slope to the end.
 */
function memoryTrend(loadSamples) {
  const first = loadSamples[0]?.mb ?? 0
  const last = loadSamples[loadSamples.length - 1] ?? { seconds: 0, mb: 0 }
  const middle = loadSamples.reduce(
    (best, sample) => (Math.abs(sample.seconds - last.seconds / 2) < Math.abs(best.seconds - last.seconds / 2) ? sample : best),
    loadSamples[0] ?? last,
  )
  const secondHalfMinutes = Math.max((last.seconds - middle.seconds) / 60, 1 / 60)
  return {
    firstHalfGrowth: middle.mb - first,
    secondHalfGrowth: last.mb - middle.mb,
    secondHalfMbPerMinute: Math.round(((last.mb - middle.mb) / secondHalfMinutes) * 10) / 10,
  }
}

function signed(n) {
  return n > 0 ? `+${n}` : String(n)
}

if (report.failedRequests > 0 || report.publishFailures > 0) process.exitCode = 1
