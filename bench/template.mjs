// npm run bench:template -- /work/template: the Newsroom side by side with Payload's website template
// (issue 15's baseline, prepared as docs/template-baseline.md says). Both production builds run at
// once on this machine and are measured alternately (A B, then B A…) so that drift in the machine's
// load falls on both. Prints a Markdown table and writes bench/results/template.{md,json}.
// BENCH_DURATION (s per load run, default 10), BENCH_ROUNDS (load runs per page and app, default 2),
// BENCH_RENDERS (uncached renders per page and method, default 7), BENCH_PORT (Newsroom, 3471),
// TEMPLATE_PORT (3600).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'

import { envWithLocalNode, root } from '../scripts/lib.mjs'
import { demoPages, median, prepareBenchDatabase, spawnGroup, startServer, uncachedRender } from './lib.mjs'
import { load } from './load.mjs'
import { measureInlinePayload } from './payload-size.mjs'

const templateDir = path.resolve(process.argv[2] || process.env.TEMPLATE_DIR || '/work/template')
const port = Number(process.env.BENCH_PORT || 3471)
const templatePort = Number(process.env.TEMPLATE_PORT || 3600)
const duration = Number(process.env.BENCH_DURATION || 10)
const rounds = Number(process.env.BENCH_ROUNDS || 2)
const renders = Number(process.env.BENCH_RENDERS || 7)
const connections = 32

if (!existsSync(path.join(templateDir, '.next', 'BUILD_ID'))) {
  console.error(`No production build in ${templateDir}/.next: prepare the template first (docs/template-baseline.md).`)
  process.exit(1)
}

/** Another server on a port would be measured instead of ours (another bench uses 3471 by default). */
async function assertFree(portToCheck) {
  const answered = await fetch(`http://127.0.0.1:${portToCheck}/`).then(
    () => true,
    () => false,
  )
  if (answered) {
    console.error(`Port ${portToCheck} is in use: set BENCH_PORT / TEMPLATE_PORT to free ports.`)
    process.exit(1)
  }
}
await assertFree(port)
await assertFree(templatePort)

/** The id Next accepts in `x-prerender-revalidate` (on-demand revalidation) for a build. */
const previewModeId = (dir) => JSON.parse(readFileSync(path.join(dir, '.next', 'prerender-manifest.json'), 'utf8')).preview.previewModeId

async function waitFor(url, tries = 240) {
  for (let i = 0; i < tries; i++) {
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer`)
}

/** `next start` of the template, in its own process group so that stop() ends next-server too. */
async function startTemplate() {
  const server = spawnGroup(
    path.join(templateDir, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(templatePort), '-H', '127.0.0.1'],
    {
      cwd: templateDir,
      env: envWithLocalNode({ NODE_ENV: 'production' }),
    },
  )
  const origin = `http://127.0.0.1:${templatePort}`
  await waitFor(`${origin}/`)
  return { origin, stop: server.stopGroup }
}

/**
 * The same Newsroom build and database without the page memory (PAGE_MEMORY_MB=0): every request
 * through Next, as the template is served. Its own cache directory; started directly, because
 * serve.mjs clears the shared cache directories of the Newsroom already running.
 */
async function startNewsroomWithoutMemory(database, cacheDir) {
  const plainPort = port + 2
  const server = spawnGroup(process.execPath, [path.join(root, 'scripts', 'next-server.mjs')], {
    env: { ...database.env, PORT: String(plainPort), PAGE_MEMORY_MB: '0', NEWSROOM_CACHE_DIR: cacheDir, NEWSROOM_JOBS: 'off' },
  })
  const origin = `http://127.0.0.1:${plainPort}`
  await waitFor(`${origin}/api/health`)
  return { origin, stop: server.stopGroup }
}

/** The template's home and its first post, found through its own post listing. */
async function templatePages(origin) {
  let post
  // The listing is revalidated every 10 minutes: a stale copy (e.g. from before the seed) comes first.
  for (let i = 0; i < 3 && !post; i++) {
    const listing = await (await fetch(`${origin}/posts`)).text()
    post = listing.match(/href="(\/posts\/[a-z0-9-]+)"/)?.[1]
    if (!post) await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  if (!post) throw new Error('the template lists no post: seed it first (docs/template-baseline.md)')
  return { home: '/', article: post }
}

/**
 * A fresh render forced the way Next itself regenerates an ISR page on demand: the
 * `x-prerender-revalidate` header with the build's preview id. Next then bypasses its route cache
 * and its data cache (`unstable_cache` is skipped during an on-demand revalidation), renders,
 * stores the result and answers with it (`x-nextjs-cache: REVALIDATED`). Works on an app we cannot
 * change; the Newsroom is measured the same way, and also by expiring its tags (lib.mjs).
 */
async function revalidatedRender(origin, pagePath, id) {
  const started = performance.now()
  const response = await fetch(`${origin}${pagePath}`, { headers: { 'x-prerender-revalidate': id } })
  await response.text()
  return { ms: performance.now() - started, cache: response.headers.get('x-nextjs-cache') ?? 'none', status: response.status }
}

async function warmHit(origin, pagePath) {
  const started = performance.now()
  const response = await fetch(`${origin}${pagePath}`)
  await response.text()
  return { ms: performance.now() - started, cache: response.headers.get('x-nextjs-cache') ?? 'none' }
}

const load1 = (server, pagePath) => load(`${server.origin}${pagePath}`, { connections, duration })
const summary = (runs) => ({
  ms: median(runs.map((r) => r.ms)),
  runs: runs.map((r) => Math.round(r.ms)),
  cache: [...new Set(runs.map((r) => r.cache))],
})
const tally = (values) => values.map((v) => `${v}`).join(', ')

const results = {
  date: new Date().toISOString(),
  loadAverageAtStart: loadavg().map((l) => +l.toFixed(2)),
  connections,
  durationSeconds: duration,
  rounds,
  renders,
  templateDir,
  pages: {},
  warm: [],
  uncached: [],
  inlinePayload: [],
}

const database = await prepareBenchDatabase({ port })
const newsroom = await startServer(database)
let template
let withoutMemory
try {
  template = await startTemplate()
  withoutMemory = await startNewsroomWithoutMemory(database, path.join(database.dir, 'cache-without-memory'))
  const newsroomPages = await demoPages(newsroom.origin)
  const apps = {
    newsroom: { server: newsroom, pages: newsroomPages, id: previewModeId(root) },
    template: { server: template, pages: await templatePages(template.origin), id: previewModeId(templateDir) },
    withoutMemory: { server: withoutMemory, pages: newsroomPages, id: previewModeId(root) },
  }
  results.pages = { newsroom: apps.newsroom.pages, template: apps.template.pages }
  for (const app of Object.values(apps)) {
    for (const pagePath of [app.pages.home, app.pages.article]) {
      for (let i = 0; i < 3; i++) await fetch(`${app.server.origin}${pagePath}`) // rendered once, then cached
    }
  }
  const order = (round) => (round % 2 === 0 ? ['newsroom', 'template'] : ['template', 'newsroom'])
  const warmOrder = (round) => (round % 2 === 0 ? ['newsroom', 'template', 'withoutMemory'] : ['withoutMemory', 'template', 'newsroom'])

  // Warm pages: req/s, alternating which app goes first.
  for (const page of ['article', 'home']) {
    const runs = { newsroom: [], template: [], withoutMemory: [] }
    for (let round = 0; round < rounds; round++) {
      for (const name of warmOrder(round)) {
        const app = apps[name]
        console.log(`load: ${name} ${page} ${app.pages[page]} (round ${round + 1})`)
        runs[name].push(await load1(app.server, app.pages[page]))
      }
    }
    results.warm.push({ page, runs })
  }

  // Uncached renders, alternating the apps run by run; the Newsroom also by expiring its tags.
  for (const page of ['article', 'home']) {
    const runs = { newsroom: [], template: [], newsroomTags: [], newsroomWarm: [], templateWarm: [] }
    for (let i = 0; i < renders; i++) {
      for (const name of order(i)) {
        const app = apps[name]
        runs[name].push(await revalidatedRender(app.server.origin, app.pages[page], app.id))
        runs[`${name}Warm`].push(await warmHit(app.server.origin, app.pages[page]))
      }
      const tagsExpired = await uncachedRender(newsroom.origin, apps.newsroom.pages[page], 1)
      runs.newsroomTags.push({ ms: tagsExpired.ms, cache: tagsExpired.cache[0] })
    }
    results.uncached.push({ page, ...Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, summary(v)])) })
  }

  for (const [name, app] of Object.entries(apps)) {
    if (name === 'withoutMemory') continue
    for (const page of ['article', 'home']) {
      results.inlinePayload.push({ app: name, name: page, ...(await measureInlinePayload(app.server.origin, app.pages[page])) })
    }
  }
} finally {
  await withoutMemory?.stop()
  await template?.stop()
  await newsroom.stop()
  database.remove()
}
results.loadAverageAtEnd = loadavg().map((l) => +l.toFixed(2))

const rps = (runs) => Math.round(median(runs.map((r) => r.requestsPerSecond)))
const errors = (runs) => runs.reduce((sum, r) => sum + r.errors + r.non2xx, 0)
const kb = (bytes) => (bytes / 1024).toFixed(1)
const ratio = (a, b) => `${(a / b).toFixed(2)}×`
const lines = [
  `# Newsroom vs Payload's website template (${results.date})`,
  '',
  `Both production builds on SQLite, same machine (load generator included), measured alternately. Load average at start ${results.loadAverageAtStart.join(' / ')}, at end ${results.loadAverageAtEnd.join(' / ')} (1 / 5 / 15 min).`,
  `Pages: Newsroom ${results.pages.newsroom?.article} and ${results.pages.newsroom?.home}; template ${results.pages.template?.article} and ${results.pages.template?.home}.`,
  '',
  `## Warm pages, ${connections} connections, ${duration} s per run, median of ${rounds} runs each`,
  '',
  'The Newsroom as `npm start` serves it (cached pages answered from memory in front of Next, docs/page-memory.md), and the same build with the page memory off (`PAGE_MEMORY_MB=0`: every request through Next, as the template is served).',
  '',
  '| page | Newsroom req/s | template req/s | Newsroom ÷ template (target ≥ 1.5×) | without page memory req/s | without ÷ template | Newsroom p50 / p99 ms | template p50 / p99 ms | errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.warm.map(({ page, runs }) => {
    const [n, t, w] = [runs.newsroom, runs.template, runs.withoutMemory]
    const p = (r) => `${median(r.map((x) => x.p50Ms))} / ${median(r.map((x) => x.p99Ms))}`
    const all = (r) => `${rps(r)} (${tally(r.map((x) => x.requestsPerSecond))})`
    return `| ${page} | ${all(n)} | ${all(t)} | **${ratio(rps(n), rps(t))}** | ${all(w)} | ${ratio(rps(w), rps(t))} | ${p(n)} | ${p(t)} | ${errors(n)} / ${errors(t)} / ${errors(w)} |`
  }),
  '',
  `## Uncached render, median of ${renders} (ms)`,
  '',
  'Forced with `x-prerender-revalidate: <previewModeId>` on both apps (route and data caches bypassed: a full render, `x-nextjs-cache` REVALIDATED); for the Newsroom also by expiring every cache tag through /internal/revalidate, then a plain request.',
  '',
  '| page | Newsroom (header) | template (header) | Newsroom ÷ template (target ≤ 1.0×) | Newsroom (tags expired) | warm hit Newsroom / template |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...results.uncached.map(
    (r) =>
      `| ${r.page} | ${Math.round(r.newsroom.ms)} (${tally(r.newsroom.runs)}; ${r.newsroom.cache.join('/')}) | ${Math.round(r.template.ms)} (${tally(r.template.runs)}; ${r.template.cache.join('/')}) | **${ratio(r.newsroom.ms, r.template.ms)}** | ${Math.round(r.newsroomTags.ms)} (${tally(r.newsroomTags.runs)}; ${r.newsroomTags.cache.join('/')}) | ${Math.round(r.newsroomWarm.ms)} / ${Math.round(r.templateWarm.ms)} |`,
  ),
  '',
  '## HTML and inline RSC payload',
  '',
  '| app | page | HTML KB | HTML KB gzip | payload KB | payload share of the HTML |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...results.inlinePayload.map(
    (r) => `| ${r.app} | ${r.name} | ${kb(r.htmlBytes)} | ${kb(r.htmlGzipBytes)} | ${kb(r.payloadBytes)} | ${Math.round(r.share * 100)}% |`,
  ),
]
const markdown = lines.join('\n')
console.log(`\n${markdown}\n`)
const out = path.join(root, 'bench', 'results')
mkdirSync(out, { recursive: true })
writeFileSync(path.join(out, 'template.md'), `${markdown}\n`)
writeFileSync(path.join(out, 'template.json'), `${JSON.stringify(results, null, 2)}\n`)
