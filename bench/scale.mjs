// npm run bench:scale -- 1000 10000: uncached render of an article page (all widgets) and of a
// section page on databases with N extra articles each (seed:scale), and the ratio large ÷ small.
// Also a site search for two words of that article's headline (not part of the 1.5× target: search
// reads the locale's whole index by design; see docs/search-and-distribution.md).
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { root } from '../scripts/lib.mjs'
import { median, prepareBenchDatabase, startServer, uncachedRender } from './lib.mjs'

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0)
if (sizes.length < 2) sizes.splice(0, sizes.length, 1000, 10000)
const port = Number(process.env.BENCH_PORT || 3473)

/** An article from the middle of the archive, its section's first page, and a search for two of its headline's words. */
async function pagesToMeasure(origin) {
  const count = (await (await fetch(`${origin}/api/articles?locale=vi&limit=1&depth=0`)).json()).totalDocs
  const middle = Math.max(1, Math.floor(count / 2))
  const { docs } = await (await fetch(`${origin}/api/articles?locale=vi&limit=1&page=${middle}&depth=1`)).json()
  const article = docs[0]
  const words = article.title
    .split(/\s+/)
    .filter((word) => word.length > 2)
    .slice(1, 3)
    .join(' ')
  return {
    count,
    article: `/vi/${article.section.slug}/${article.slug}`,
    section: `/vi/${article.section.slug}`,
    search: `/vi/search?q=${encodeURIComponent(words)}`,
  }
}

// Both databases are prepared first and both servers run side by side; the measurements then
// alternate between them, so whatever else the machine is doing weighs on both sizes alike.
const runs = Number(process.env.SCALE_RUNS || 9)
const setups = []
for (const [index, size] of sizes.entries()) {
  const started = Date.now()
  const database = await prepareBenchDatabase({ port: port + index, scale: size })
  setups.push({ size, database, seedSeconds: Math.round((Date.now() - started) / 1000) })
}
const rows = []
try {
  for (const setup of setups) {
    setup.server = await startServer(setup.database)
    setup.pages = await pagesToMeasure(setup.server.origin)
    if (setup.pages.count < setup.size)
      throw new Error(`expected at least ${setup.size} articles, the server has ${setup.pages.count}: is another server on its port?`)
    for (const p of [setup.pages.article, setup.pages.section, setup.pages.search]) await fetch(`${setup.server.origin}${p}`) // compile/warm the code paths
    setup.article = []
    setup.section = []
    setup.search = []
  }
  for (let i = 0; i < runs; i++) {
    for (const setup of setups) {
      setup.article.push((await uncachedRender(setup.server.origin, setup.pages.article, 1)).ms)
      setup.section.push((await uncachedRender(setup.server.origin, setup.pages.section, 1)).ms)
      setup.search.push((await uncachedRender(setup.server.origin, setup.pages.search, 1)).ms)
    }
  }
  for (const setup of setups) {
    rows.push({
      size: setup.size,
      articles: setup.pages.count,
      seedSeconds: setup.seedSeconds,
      pages: setup.pages,
      articleMs: median(setup.article),
      sectionMs: median(setup.section),
      searchMs: median(setup.search),
      articleRuns: setup.article.map(Math.round),
      sectionRuns: setup.section.map(Math.round),
      searchRuns: setup.search.map(Math.round),
    })
  }
} finally {
  for (const setup of setups) {
    await setup.server?.stop()
    setup.database.remove()
  }
}

const [small, large] = [rows[0], rows[rows.length - 1]]
const ratio = (key) => +(large[key] / small[key]).toFixed(2)
const ratios = { article: ratio('articleMs'), section: ratio('sectionMs'), search: ratio('searchMs') }
const markdown = [
  `# Scale: uncached renders at ${small.articles} vs ${large.articles} articles (${new Date().toISOString()})`,
  '',
  '| extra articles | articles in DB | seed s | article page ms (median) | section page ms (median) | search ms (median) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.size} | ${r.articles} | ${r.seedSeconds} | ${Math.round(r.articleMs)} | ${Math.round(r.sectionMs)} | ${Math.round(r.searchMs)} |`,
  ),
  '',
  `Ratio ${large.articles} ÷ ${small.articles}: article ${ratios.article}×, section ${ratios.section}× (target ≤ 1.5×); search ${ratios.search}× (${small.pages.search}).`,
].join('\n')
console.log(`\n${markdown}\n`)
const out = path.join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'scale.md'), `${markdown}\n`)
writeFileSync(path.join(out, 'scale.json'), `${JSON.stringify({ rows, ratios }, null, 2)}\n`)
