// npm run bench:scale -- 1000 10000: uncached render of an article page (all widgets) and of a
// section page on databases with N extra articles each (seed:scale), and the ratio large ÷ small.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { root } from '../scripts/lib.mjs'
import { prepareBenchDatabase, startServer, uncachedRender } from './lib.mjs'

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
if (sizes.length < 2) sizes.splice(0, sizes.length, 1000, 10000)
const port = Number(process.env.BENCH_PORT || 3473)

/** An article from the middle of the archive, and its section's first page. */
async function pagesToMeasure(origin) {
  const count = (await (await fetch(`${origin}/api/articles?locale=vi&limit=1&depth=0`)).json()).totalDocs
  const middle = Math.max(1, Math.floor(count / 2))
  const { docs } = await (await fetch(`${origin}/api/articles?locale=vi&limit=1&page=${middle}&depth=1`)).json()
  const article = docs[0]
  return { count, article: `/vi/${article.section.slug}/${article.slug}`, section: `/vi/${article.section.slug}` }
}

const rows = []
for (const size of sizes) {
  const started = Date.now()
  const database = await prepareBenchDatabase({ port, scale: size })
  const seedSeconds = Math.round((Date.now() - started) / 1000)
  const server = await startServer(database)
  try {
    const pages = await pagesToMeasure(server.origin)
    for (const p of [pages.article, pages.section]) await fetch(`${server.origin}${p}`) // compile/warm the code paths
    const article = await uncachedRender(server.origin, pages.article, 7)
    const section = await uncachedRender(server.origin, pages.section, 7)
    rows.push({ size, articles: pages.count, seedSeconds, pages, articleMs: article.ms, sectionMs: section.ms, articleRuns: article.runs, sectionRuns: section.runs, cache: article.cache })
    console.log(`scale ${size}: article ${article.ms.toFixed(0)} ms, section ${section.ms.toFixed(0)} ms`)
  } finally {
    await server.stop()
    database.remove()
  }
}

const [small, large] = [rows[0], rows[rows.length - 1]]
const ratios = { article: +(large.articleMs / small.articleMs).toFixed(2), section: +(large.sectionMs / small.sectionMs).toFixed(2) }
const markdown = [
  `# Scale: uncached renders at ${small.articles} vs ${large.articles} articles (${new Date().toISOString()})`,
  '',
  '| extra articles | articles in DB | seed s | article page ms (median of 7) | section page ms (median of 7) |',
  '| ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.size} | ${r.articles} | ${r.seedSeconds} | ${Math.round(r.articleMs)} | ${Math.round(r.sectionMs)} |`),
  '',
  `Ratio ${large.articles} ÷ ${small.articles}: article ${ratios.article}×, section ${ratios.section}× (target ≤ 1.5×).`,
].join('\n')
console.log(`\n${markdown}\n`)
const out = path.join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'scale.md'), `${markdown}\n`)
writeFileSync(path.join(out, 'scale.json'), `${JSON.stringify({ rows, ratios }, null, 2)}\n`)
