// npm run bench: measures a production build on a throwaway copy of the demo newsroom, prints a
// Markdown table and writes bench/results/latest.{md,json}. BENCH_DURATION (s) shortens the load runs.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { root } from '../scripts/lib.mjs'
import { benchCluster, clusterMarkdown } from './cluster.mjs'
import { measureJavaScript } from './js-size.mjs'
import { articleAt, demoPages, logIn, median, prepareBenchDatabase, publishAndWait, startServer, uncachedRender } from './lib.mjs'
import { load, startStaticServer } from './load.mjs'

const ownBudget = 30 * 1024
const port = Number(process.env.BENCH_PORT || 3471)
const duration = Number(process.env.BENCH_DURATION || 10)
const connections = 32

const database = await prepareBenchDatabase({ port })
const server = await startServer(database)
const results = { date: new Date().toISOString(), machine: `${(await import('node:os')).cpus().length} cores`, connections, durationSeconds: duration, pages: [], javascript: [], publish: null }
try {
  const pages = Object.fromEntries(Object.entries(await demoPages(server.origin)).filter(([, p]) => p))
  // (b) The same HTML, from disk, by a minimal file server.
  const html = {}
  for (const pagePath of Object.values(pages)) {
    for (let i = 0; i < 3; i++) html[pagePath] = await (await fetch(`${server.origin}${pagePath}`)).text() // warm the cache
  }
  const staticServer = await startStaticServer(port + 1, html)
  try {
    for (const [name, pagePath] of Object.entries(pages)) {
      console.log(`load: ${name} ${pagePath}`)
      const site = await load(`${server.origin}${pagePath}`, { connections, duration })
      const limit = await load(`${staticServer.origin}${pagePath}`, { connections, duration })
      results.pages.push({ name, path: pagePath, site, static: limit, ratio: +(site.requestsPerSecond / limit.requestsPerSecond).toFixed(3) })
    }
  } finally {
    await staticServer.stop()
  }
  // (c) Uncached render of each page, every cache expired first.
  for (const row of results.pages) row.uncached = await uncachedRender(server.origin, row.path, 5)
  // (d) JavaScript shipped.
  for (const [name, pagePath] of Object.entries(pages)) {
    results.javascript.push({ name, ...(await measureJavaScript(server.origin, pagePath)) })
  }
  // (e) Publish → page updated, as an editor through the REST API.
  const auth = await logIn(server.origin)
  const article = await articleAt(server.origin, pages.article)
  const runs = []
  for (let i = 0; i < 5; i++) runs.push(await publishAndWait(server.origin, auth, pages.article, article, `${article.title} (cập nhật ${i + 1})`))
  results.publish = { runs: runs.map((r) => Math.round(r.totalMs)), medianMs: Math.round(median(runs.map((r) => r.totalMs))), publishRequestMedianMs: Math.round(median(runs.map((r) => r.publishMs))) }
} finally {
  await server.stop()
  database.remove()
}

// As deployed: two instances behind Varnish (bench/cluster.mjs), after the single server has stopped.
results.cluster = await benchCluster({ duration, connections })

const kb = (bytes) => (bytes / 1024).toFixed(1)
const lines = [
  `# Newsroom benchmarks (${results.date}, ${results.machine}, load generator on the same machine)`,
  '',
  `## Warm cache, ${connections} connections, ${duration} s per run`,
  '',
  '| page | path | req/s | p50 ms | p99 ms | errors | static req/s | static p50 / p99 ms | site ÷ static | uncached render ms (median of 5) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.pages.map(
    (r) =>
      `| ${r.name} | ${r.path} | ${r.site.requestsPerSecond} | ${r.site.p50Ms} | ${r.site.p99Ms} | ${r.site.errors + r.site.non2xx} | ${r.static.requestsPerSecond} | ${r.static.p50Ms} / ${r.static.p99Ms} | ${r.ratio} | ${Math.round(r.uncached.ms)} |`,
  ),
  '',
  '## JavaScript shipped by reading pages (gzipped)',
  '',
  '| page | path | scripts | total KB | own KB | own budget 30 KB |',
  '| --- | --- | ---: | ---: | ---: | --- |',
  ...results.javascript.map(
    (r) => `| ${r.name} | ${r.page} | ${r.scripts} | ${kb(r.totalGzipBytes)} | ${kb(r.ownGzipBytes)} | ${r.ownGzipBytes <= ownBudget ? 'within' : 'OVER'} |`,
  ),
  '',
  '## Publish → page updated',
  '',
  `Editor publishes a new headline (REST PATCH); readers poll the article page every 25 ms. Median ${results.publish?.medianMs} ms over 5 runs (${results.publish?.runs.join(', ')} ms); the publish request itself: ${results.publish?.publishRequestMedianMs} ms.`,
  ...clusterMarkdown(results.cluster, { duration, connections }),
]
const markdown = lines.join('\n')
console.log(`\n${markdown}\n`)
const out = path.join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'latest.md'), `${markdown}\n`)
writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
if (results.javascript.some((r) => r.ownGzipBytes > ownBudget)) process.exitCode = 1
