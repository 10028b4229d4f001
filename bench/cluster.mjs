// npm run bench, as deployed: two app instances + Redis behind Varnish (scripts/cluster/lib.mjs) on
// a throwaway copy of the demo newsroom. Home and article through the proxy against the same HTML
// from a static file server, in the same run; then publish → new headline visible through the proxy.
// Run alone: node bench/cluster.mjs (BENCH_DURATION, BENCH_CLUSTER_PORT).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { clusterPrograms, startCluster } from '../scripts/cluster/lib.mjs'
import { articleAt, benchSecret, demoPages, logIn, median, prepareBenchDatabase, publishAndWait } from './lib.mjs'
import { load, startStaticServer } from './load.mjs'

const publishRuns = 10

/** Resolves with the figures, or with `skipped` when Varnish/Redis are not installed. */
export async function benchCluster({ basePort = Number(process.env.BENCH_CLUSTER_PORT || 3481), duration = 10, connections = 32 } = {}) {
  const { missing } = clusterPrograms()
  if (missing.length) return { skipped: `Debian packages missing: ${missing.join(', ')} (scripts/cluster/install.sh)` }
  const ports = { proxy: basePort, apps: [basePort + 1, basePort + 2], redis: basePort + 3 }
  const database = await prepareBenchDatabase({ port: ports.apps[0] })
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-cluster-'))
  const cluster = await startCluster({
    dir,
    ports,
    log: () => undefined,
    env: { PAYLOAD_SECRET: benchSecret, DATABASE_URI: database.env.DATABASE_URI, MEDIA_DIR: database.env.MEDIA_DIR },
  })
  const results = { instances: cluster.apps.length, pages: [], publish: null }
  try {
    const proxy = cluster.proxyUrl
    const { home, article } = await demoPages(proxy)
    const pages = { home, article }
    const html = {}
    for (const pagePath of Object.values(pages)) {
      for (let i = 0; i < 3; i++) html[pagePath] = await (await fetch(`${proxy}${pagePath}`)).text()
    }
    const staticServer = await startStaticServer(ports.redis + 1, html)
    try {
      for (const [name, pagePath] of Object.entries(pages)) {
        console.log(`load (cluster): ${name} ${pagePath}`)
        const site = await load(`${proxy}${pagePath}`, { connections, duration })
        const limit = await load(`${staticServer.origin}${pagePath}`, { connections, duration })
        results.pages.push({
          name,
          path: pagePath,
          proxy: site,
          static: limit,
          ratio: +(site.requestsPerSecond / limit.requestsPerSecond).toFixed(3),
        })
      }
    } finally {
      await staticServer.stop()
    }
    // The editor publishes through the proxy (API requests pass through to an instance); readers
    // poll the article page through the proxy, which holds a cached copy until the purge.
    const auth = await logIn(proxy)
    const target = await articleAt(proxy, pages.article)
    const runs = []
    for (let i = 0; i < publishRuns; i++) {
      await fetch(`${proxy}${pages.article}`) // the proxy holds the page before each publish
      runs.push(await publishAndWait(proxy, auth, pages.article, target, `${target.title} (cụm ${i + 1})`))
    }
    const totals = runs.map((r) => r.totalMs)
    results.publish = { runs: totals.map(Math.round), medianMs: Math.round(median(totals)), maxMs: Math.round(Math.max(...totals)) }
  } finally {
    await cluster.stop()
    rmSync(dir, { recursive: true, force: true })
    database.remove()
  }
  return results
}

/** The Markdown section of bench/results/latest.md. */
export function clusterMarkdown(results, { duration = 10, connections = 32 } = {}) {
  if (!results) return []
  if (results.skipped) return ['', '## As deployed: two instances behind Varnish', '', `Skipped: ${results.skipped}.`]
  return [
    '',
    `## As deployed: ${results.instances} instances + Redis behind Varnish, ${connections} connections, ${duration} s per run`,
    '',
    '| page | path | proxy req/s | p50 / p99 ms | errors | static req/s | static p50 / p99 ms | proxy ÷ static |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.pages.map(
      (r) =>
        `| ${r.name} | ${r.path} | ${r.proxy.requestsPerSecond} | ${r.proxy.p50Ms} / ${r.proxy.p99Ms} | ${r.proxy.errors + r.proxy.non2xx} | ${r.static.requestsPerSecond} | ${r.static.p50Ms} / ${r.static.p99Ms} | ${r.ratio} |`,
    ),
    '',
    `Publish → new headline through the proxy (editor's PATCH through the proxy, reader polling every 25 ms): median ${results.publish?.medianMs} ms, max ${results.publish?.maxMs} ms over ${results.publish?.runs.length} runs (${results.publish?.runs.join(', ')} ms).`,
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const duration = Number(process.env.BENCH_DURATION || 10)
  const results = await benchCluster({ duration })
  console.log(JSON.stringify(results, null, 2))
  console.log(clusterMarkdown(results, { duration }).join('\n'))
}
