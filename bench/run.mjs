// npm run bench: measures against a production build on a throwaway copy of the demo newsroom,
// prints a Markdown table and writes bench/results/latest.{md,json}.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { root } from '../scripts/lib.mjs'
import { measureJavaScript } from './js-size.mjs'
import { demoPages, startDemoServer } from './lib.mjs'

const ownBudget = 30 * 1024
const server = await startDemoServer()
const results = { date: new Date().toISOString(), javascript: [] }
try {
  const pages = await demoPages(server.origin)
  for (const [name, pagePath] of Object.entries(pages)) {
    if (!pagePath) continue
    results.javascript.push({ name, ...(await measureJavaScript(server.origin, pagePath)) })
  }
} finally {
  server.stop()
}

const kb = (bytes) => (bytes / 1024).toFixed(1)
const lines = [
  `# Newsroom benchmarks (${results.date})`,
  '',
  '## JavaScript shipped by reading pages (gzipped)',
  '',
  '| page | path | scripts | total KB | own KB | own budget 30 KB |',
  '| --- | --- | ---: | ---: | ---: | --- |',
  ...results.javascript.map(
    (r) => `| ${r.name} | ${r.page} | ${r.scripts} | ${kb(r.totalGzipBytes)} | ${kb(r.ownGzipBytes)} | ${r.ownGzipBytes <= ownBudget ? 'within' : 'OVER'} |`,
  ),
]
const markdown = lines.join('\n')
console.log(`\n${markdown}\n`)
const out = path.join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'latest.md'), `${markdown}\n`)
writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
if (results.javascript.some((r) => r.ownGzipBytes > ownBudget)) process.exitCode = 1
