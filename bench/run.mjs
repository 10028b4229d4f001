// npm run bench: measures a production build on a throwaway copy of the demo newsroom, prints a
// Markdown table and writes bench/results/latest.{md,json}. BENCH_DURATION (s) shortens the load runs.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { bin, envWithLocalNode, root, run } from '../scripts/lib.mjs'
import { benchCluster, clusterMarkdown } from './cluster.mjs'
import { measureJavaScript } from './js-size.mjs'
import { measureInlinePayload } from './payload-size.mjs'
import {
  articleAt,
  articleLinks,
  demoPages,
  logIn,
  median,
  prepareBenchDatabase,
  publishAndWait,
  publishUnderLoad,
  rendersPerPublish,
  startServer,
  uncachedRender,
} from './lib.mjs'
import { load, startStaticServer } from './load.mjs'

/** Our own client code per reading page (issue 15); the framework's share is reported beside it. */
const ownBudget = 5 * 1024
const port = Number(process.env.BENCH_PORT || 3471)
const duration = Number(process.env.BENCH_DURATION || 10)
const connections = 32

const database = await prepareBenchDatabase({ port })
const server = await startServer(database)
const results = {
  date: new Date().toISOString(),
  machine: `${(await import('node:os')).cpus().length} cores`,
  connections,
  durationSeconds: duration,
  pages: [],
  javascript: [],
  inlinePayload: [],
  publish: null,
  underLoad: null,
  rerenders: null,
  renderCost: null,
}
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
      results.pages.push({
        name,
        path: pagePath,
        site,
        static: limit,
        ratio: +(site.requestsPerSecond / limit.requestsPerSecond).toFixed(3),
      })
    }
  } finally {
    await staticServer.stop()
  }
  // (c) Uncached render of each page, every cache expired first.
  for (const row of results.pages) row.uncached = await uncachedRender(server.origin, row.path, 5)
  // (d) JavaScript shipped.
  for (const [name, pagePath] of Object.entries({ ...pages, 'not found': '/en/no-such-section/no-such-article' })) {
    results.javascript.push({ name, ...(await measureJavaScript(server.origin, pagePath)) })
  }
  for (const [name, pagePath] of Object.entries(pages))
    results.inlinePayload.push({ name, ...(await measureInlinePayload(server.origin, pagePath)) })
  // (e) Publish → page updated, as an editor through the REST API.
  const auth = await logIn(server.origin)
  const article = await articleAt(server.origin, pages.article)
  const runs = []
  for (let i = 0; i < 5; i++)
    runs.push(await publishAndWait(server.origin, auth, pages.article, article, `${article.title} (cập nhật ${i + 1})`))
  results.publish = {
    runs: runs.map((r) => Math.round(r.totalMs)),
    medianMs: Math.round(median(runs.map((r) => r.totalMs))),
    publishRequestMedianMs: Math.round(median(runs.map((r) => r.publishMs))),
  }
  // (f) What a publish re-renders, and read throughput while an editor publishes every 2 s.
  const readerPages = [pages.home, pages.section, ...(await articleLinks(server.origin, [pages.home, pages.section]))]
  results.rerenders = { pages: readerPages.length, runs: await rendersPerPublish(server.origin, auth, article, readerPages) }
  console.log('load: readers, quiet then an editor publishing every 2 s')
  results.underLoad = {
    pages: readerPages.length,
    ...(await publishUnderLoad(server.origin, auth, article, readerPages, [pages.article, pages.section, pages.home], {
      connections,
      duration,
    })),
  }
} finally {
  await server.stop()
  database.remove()
}

// (g) Local API calls and SQL statements of one uncached render per page type (src/content/renderCost.int.test.ts).
// BENCH_RENDER_COST=off leaves it out (the counts do not depend on the machine: the test prints them too).
if (process.env.BENCH_RENDER_COST !== 'off') {
  const { output } = await run(bin('vitest'), ['run', 'src/content/renderCost.int.test.ts'], { env: envWithLocalNode({}), capture: true })
  results.renderCost = [
    ...output.replace(/\u001b\[[0-9;]*m/g, '').matchAll(/(\w+) render: (\d+) Local API calls, (\d+) SQL statements/g),
  ].map(([, page, calls, sql]) => ({ page, calls: Number(calls), sql: Number(sql) }))
}

// As deployed: two instances behind Varnish (bench/cluster.mjs), after the single server has stopped.
// BENCH_CLUSTER=off leaves it out (a run of the single server alone).
results.cluster = process.env.BENCH_CLUSTER === 'off' ? { skipped: 'BENCH_CLUSTER=off' } : await benchCluster({ duration, connections })

const kb = (bytes) => (bytes / 1024).toFixed(1)
const tally = (runs) =>
  runs
    .map((states) =>
      Object.entries(states)
        .map(([state, n]) => `${n} ${state}`)
        .join(', '),
    )
    .join(' · ')
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
  '| page | path | scripts | total KB | framework KB | own KB (our modules) | own budget 5 KB |',
  '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ...results.javascript.map(
    (r) =>
      `| ${r.name} | ${r.page} | ${r.scripts} | ${kb(r.totalGzipBytes)} | ${kb(r.totalGzipBytes - r.ownGzipBytes)} | ${kb(r.ownGzipBytes)} | ${r.ownGzipBytes <= ownBudget ? 'within' : 'OVER'} |`,
  ),
  '',
  '## Inline RSC payload (the flight data inlined in the HTML)',
  '',
  '| page | HTML KB | HTML KB gzip | payload KB | payload KB gzip | payload share of the HTML |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...results.inlinePayload.map(
    (r) =>
      `| ${r.name} | ${kb(r.htmlBytes)} | ${kb(r.htmlGzipBytes)} | ${kb(r.payloadBytes)} | ${kb(r.payloadGzipBytes)} | ${Math.round(r.share * 100)}% |`,
  ),
  '',
  '## Publish → page updated',
  '',
  `Editor publishes a new headline (REST PATCH); readers poll the article page every 25 ms. Median ${results.publish?.medianMs} ms over 5 runs (${results.publish?.runs.join(', ')} ms); the publish request itself: ${results.publish?.publishRequestMedianMs} ms.`,
  '',
  '## What one publish re-renders',
  '',
  `Each of ${results.rerenders?.pages} reader pages (home, section, every article linked from them) read once right after a publish; x-nextjs-cache per publish: ${tally(results.rerenders?.runs ?? [])} (MISS: rendered while the reader waited; STALE: served as it was and refreshed in the background).`,
  '',
  `## Readers while an editor publishes every 2 s (${connections} connections, ${duration} s each, ${results.underLoad?.pages} pages)`,
  '',
  '| | req/s | p50 ms | p99 ms | errors |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...['quiet', 'publishing'].map(
    (k) =>
      `| ${k} | ${results.underLoad?.[k].requestsPerSecond} | ${results.underLoad?.[k].p50Ms} | ${results.underLoad?.[k].p99Ms} | ${(results.underLoad?.[k].errors ?? 0) + (results.underLoad?.[k].non2xx ?? 0)} |`,
  ),
  '',
  `Publishing ÷ quiet: **${results.underLoad?.ratio}×** req/s (p50 ${results.underLoad?.p50Ratio}×). ${results.underLoad?.publishes} publishes; visible within 2 s: ${(results.underLoad?.visibleWithin2s ?? []).map((v) => `${v.page} ${v.visible}/${results.underLoad?.publishes}`).join(', ')} (slowest seen ${results.underLoad?.slowestMs} ms; each page polled every 100 ms for 2.5 s after the publish).`,
  '',
  '## One uncached render: Local API calls / SQL statements',
  '',
  ...(results.renderCost ?? []).map((r) => `- ${r.page}: ${r.calls} / ${r.sql}`),
  '',
  'Before issue 15: article 80 / 208, home 52 / 134 (measured by the issue).',
  ...clusterMarkdown(results.cluster, { duration, connections }),
]
const markdown = lines.join('\n')
console.log(`\n${markdown}\n`)
const out = path.join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'latest.md'), `${markdown}\n`)
writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
if (results.javascript.some((r) => r.ownGzipBytes > ownBudget)) process.exitCode = 1
