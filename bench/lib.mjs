// Shared by the benchmarks: production servers on throwaway databases, and what they measure.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { bin, buildIfNeeded, envWithLocalNode, prepareDatabase, root, run } from '../scripts/lib.mjs'

export const benchSecret = 'newsroom-bench-secret'
/** Every article query carries `articles`; the rest are the site-wide tags of src/cache/tags.ts. */
export const allCacheTags = ['articles', 'taxonomy', 'media', 'settings', 'placements', 'most-read', 'weather']

/** A throwaway database with the demo newsroom (and, with `scale`, that many more articles). */
export async function prepareBenchDatabase({ port, scale = 0 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-'))
  const env = envWithLocalNode({
    NODE_ENV: 'production',
    PAYLOAD_SECRET: benchSecret,
    DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    SECURE_COOKIES: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
    // Weather comes from the static provider; nothing leaves the machine during a run.
    INTERNAL_URL: `http://127.0.0.1:${port}`,
  })
  await buildIfNeeded(env)
  await prepareDatabase(env)
  if (scale > 0) {
    const { code } = await run(bin('tsx'), ['src/seed/scale.ts', String(scale)], { env })
    if (code !== 0) throw new Error(`seed:scale ${scale} failed`)
  }
  return { dir, env, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * Starts a server in its own process group (a script that starts the server, or `next start`,
 * which starts next-server); stopGroup() ends them all and resolves once the first has exited.
 */
export function spawnGroup(command, args, { cwd = root, env }) {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return {
    pid: child.pid,
    stopGroup: async () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        child.kill('SIGTERM')
      }
      await exited
    },
  }
}

/** Starts the production server (scripts/serve.mjs) on a prepared database; resolves once /api/health answers. */
export async function startServer(database) {
  const server = spawnGroup(process.execPath, ['scripts/serve.mjs'], { env: database.env })
  const origin = `http://127.0.0.1:${database.env.PORT}`
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    origin,
    env: database.env,
    pid: server.pid,
    stop: async () => {
      await server.stopGroup()
      // The port is free once next-server itself has gone.
      for (let i = 0; i < 100; i++) {
        const listening = await fetch(`${origin}/api/health`).then(
          () => true,
          () => false,
        )
        if (!listening) break
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
  }
}

/** The old entry point: a server on a fresh copy of the demo newsroom. */
export async function startDemoServer(port = 3471) {
  const database = await prepareBenchDatabase({ port })
  const server = await startServer(database)
  return {
    ...server,
    stop: async () => {
      await server.stop()
      database.remove()
    },
  }
}

/** Picks a home, section and article URL of the demo newsroom from its own links. */
export async function demoPages(origin, locale = 'vi') {
  const home = await (await fetch(`${origin}/${locale}`)).text()
  const article = home.match(new RegExp(`href="(/${locale}/[a-z-]+/[a-z0-9-]+)"`))?.[1]
  const section = article?.split('/').slice(0, 3).join('/')
  return { home: `/${locale}`, section, article }
}

/** Every article link on the given pages (for the soak's readers). */
export async function articleLinks(origin, pages, locale = 'vi') {
  const links = new Set()
  for (const page of pages) {
    const html = await (await fetch(`${origin}${page}`)).text()
    for (const match of html.matchAll(new RegExp(`href="(/${locale}/[a-z-]+/[a-z0-9-]+)"`, 'g'))) {
      if (!/\/(tag|author)\//.test(match[1])) links.add(match[1])
    }
  }
  return [...links]
}

/** Expires every cache tag through the app's own revalidation route. */
export async function expireCaches(origin, secret = benchSecret) {
  const response = await fetch(`${origin}/internal/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': `rv:${secret}` },
    body: JSON.stringify({ tags: allCacheTags }),
  })
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`)
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Time of a page render with every cache expired first (median of `runs`, in ms). */
export async function uncachedRender(origin, pagePath, runs = 5) {
  const times = []
  const cacheStates = []
  for (let i = 0; i < runs; i++) {
    await expireCaches(origin)
    const started = performance.now()
    const response = await fetch(`${origin}${pagePath}`)
    await response.text()
    times.push(performance.now() - started)
    cacheStates.push(response.headers.get('x-nextjs-cache') ?? 'none')
  }
  return { ms: median(times), runs: times.map((t) => Math.round(t)), cache: cacheStates }
}

export async function logIn(origin, email = 'editor@newsroom.test', password = 'newsroom-editor') {
  const response = await fetch(`${origin}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = await response.json()
  if (!token) throw new Error(`login as ${email} failed (${response.status})`)
  return { authorization: `JWT ${token}` }
}

/** The article id behind a page path, through the public API. */
export async function articleAt(origin, pagePath) {
  const [, locale, , slug] = pagePath.split('/')
  const response = await fetch(`${origin}/api/articles?locale=${locale}&depth=0&limit=1&where[slug][equals]=${encodeURIComponent(slug)}`)
  const { docs } = await response.json()
  if (!docs?.[0]) throw new Error(`no article at ${pagePath}`)
  return { id: docs[0].id, locale, title: docs[0].title }
}

/**
 * Publishes a new headline as an editor and polls the page until readers see it.
 * Returns ms from the start of the publish request to the first page showing it.
 */
export async function publishAndWait(origin, auth, pagePath, article, title, { pollMs = 25, timeoutMs = 15_000 } = {}) {
  const started = performance.now()
  const response = await fetch(`${origin}/api/articles/${article.id}?locale=${article.locale}&depth=0`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title, _status: 'published' }),
  })
  if (!response.ok) throw new Error(`publish answered ${response.status}: ${await response.text()}`)
  const published = performance.now()
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  while (performance.now() - started < timeoutMs) {
    const html = await (await fetch(`${origin}${pagePath}`)).text()
    if (html.includes(escaped)) return { totalMs: performance.now() - started, publishMs: published - started }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  return { totalMs: Infinity, publishMs: published - started }
}

/** Resident memory (MB) of a process and all its descendants (serve.mjs → next-server.mjs). */
export function treeRssMb(pid) {
  const pids = [pid]
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim()
        if (children) pids.push(...children.split(/\s+/).map(Number))
      }
    } catch {
      // gone
    }
  }
  let kb = 0
  for (const p of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // gone
    }
  }
  return Math.round(kb / 1024)
}

/** Publishes a new headline for one edition as an editor (REST PATCH); returns the request's ms. */
export async function publishTitle(origin, auth, article, title) {
  const started = performance.now()
  const response = await fetch(`${origin}/api/articles/${article.id}?locale=${article.locale}&depth=0`, {
    method: 'PATCH',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title, _status: 'published' }),
  })
  if (!response.ok) throw new Error(`publish answered ${response.status}: ${await response.text()}`)
  return performance.now() - started
}

/** Polls each page until it shows `text` (or `timeoutMs` passes); ms from `since` per page, Infinity when never. */
export async function visibleOn(origin, pagePaths, text, since, { pollMs = 25, timeoutMs = 5000 } = {}) {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return Promise.all(
    pagePaths.map(async (pagePath) => {
      while (performance.now() - since < timeoutMs) {
        const html = await (await fetch(`${origin}${pagePath}`)).text()
        if (html.includes(escaped)) return performance.now() - since
        await new Promise((resolve) => setTimeout(resolve, pollMs))
      }
      return Infinity
    }),
  )
}

/**
 * What one publish re-renders: every page a reader might be on is read once right after the
 * publish, and Next's x-nextjs-cache header says how it was served: MISS (rendered then, the
 * reader waited), STALE (served as it was, re-rendered in the background), HIT (untouched).
 */
export async function rendersPerPublish(origin, auth, article, pagePaths, publishes = 3) {
  const runs = []
  for (let i = 1; i <= publishes; i++) {
    for (const p of pagePaths) await fetch(`${origin}${p}`) // all cached and fresh before the publish
    await new Promise((resolve) => setTimeout(resolve, 1500))
    for (const p of pagePaths) await fetch(`${origin}${p}`)
    await publishTitle(origin, auth, article, `${article.title} (re-render ${i})`)
    const states = {}
    for (const p of pagePaths) {
      const state = (await fetch(`${origin}${p}`)).headers.get('x-nextjs-cache') ?? 'none'
      states[state] = (states[state] ?? 0) + 1
    }
    runs.push(states)
  }
  return runs
}

/**
 * Readers on `pagePaths` for `duration` s with nobody publishing, then again while an editor
 * publishes a new headline of `article` every `everyMs`; each publish is checked on the article,
 * its section and the home page (visible within 2 s where it must be).
 */
export async function publishUnderLoad(
  origin,
  auth,
  article,
  pagePaths,
  mustShow,
  { connections = 32, duration = 10, everyMs = 2000 } = {},
) {
  const { load } = await import('./load.mjs')
  const quiet = await load(origin, { connections, duration, paths: pagePaths })
  let stop = false
  const checks = []
  // The editor publishes on the clock, whatever the readers see; each publish is then watched on
  // its pages (polling from publish time: a reader's wait in the queue counts too).
  const editor = (async () => {
    for (let i = 1; !stop; i++) {
      const tick = performance.now()
      const title = `${article.title} (load ${i})`
      await publishTitle(origin, auth, article, title)
      checks.push(visibleOn(origin, mustShow, title, tick, { timeoutMs: 2500, pollMs: 100 }))
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, everyMs - (performance.now() - tick))))
    }
  })()
  const publishing = await load(origin, { connections, duration, paths: pagePaths })
  stop = true
  await editor
  const visibility = await Promise.all(checks)
  return {
    quiet,
    publishing,
    ratio: +(publishing.requestsPerSecond / quiet.requestsPerSecond).toFixed(2),
    p50Ratio: +(publishing.p50Ms / Math.max(1, quiet.p50Ms)).toFixed(2),
    publishes: visibility.length,
    visibleWithin2s: mustShow.map((pagePath, index) => ({
      page: pagePath,
      visible: visibility.filter((run) => run[index] <= 2000).length,
    })),
    slowestMs: Math.round(Math.max(...visibility.flat().filter(Number.isFinite))),
  }
}
