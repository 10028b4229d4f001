import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

import { expect, test } from '@playwright/test'

import { clusterPrograms, startCluster, stopProcess } from '../../scripts/cluster/lib.mjs'
import { demoAccount } from '../helpers/auth'

/**
 * The Newsroom as deployed (docs/deployment.md): Redis, two app instances on one database and
 * Varnish in front, started from the Debian packages that .ci/run installs. A publish through
 * instance A reaches readers of the proxy and of instance B within 2 s; losing instance B costs
 * no reader a failed request.
 */
const { missing } = clusterPrograms()
test.skip(missing.length > 0, `Debian packages missing: ${missing.join(', ')}; run scripts/cluster/install.sh as root (.ci/run does).`)
test.describe.configure({ mode: 'serial' })

const base = Number(process.env.E2E_PORT || 3100) + 10
const ports = { proxy: base, apps: [base + 1, base + 2], redis: base + 3 }
const propagation = { timeout: 2000, intervals: [100] }

type Cluster = Awaited<ReturnType<typeof startCluster>>
let cluster: Cluster
let dir: string
let token: string
let articleId: number
let articlePath: string

/** The cluster gets its own copy of the e2e database (the e2e server keeps using the original). */
function copyDatabase(to: string): string {
  const source = (process.env.DATABASE_URI ?? '').replace(/^file:/, '')
  const database = new DatabaseSync(source)
  database.exec(`VACUUM INTO '${to.replaceAll("'", "''")}'`)
  database.close()
  return `file:${to}`
}

async function page(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url, {
    headers: {
      'user-agent': 'Mozilla/5.0 (newsroom cluster test) Chrome/131.0',
    },
  })
  return { status: response.status, html: await response.text() }
}

async function editArticle(query: string, data: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${cluster.apps[0].url}/api/articles/${articleId}?${query}`, {
    method: 'PATCH',
    headers: {
      authorization: `JWT ${token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(data),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

test.beforeAll(async () => {
  test.setTimeout(300_000)
  dir = mkdtempSync(path.join(tmpdir(), 'newsroom-cluster-'))
  cluster = await startCluster({
    dir,
    ports,
    log: () => undefined,
    env: {
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'newsroom-e2e-secret',
      DATABASE_URI: copyDatabase(path.join(dir, 'cluster.db')),
      MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(dir, 'media'),
      WEATHER_API_URL: 'http://127.0.0.1:9',
    },
  })
  const { email, password } = demoAccount('editor')
  const login = await fetch(`${cluster.apps[0].url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  token = ((await login.json()) as { token: string }).token
  // The top story of the Vietnamese home page, as a reader reaches it.
  const home = await page(`${cluster.proxyUrl}/vi`)
  articlePath = home.html.match(/href="(\/vi\/(?!tag\/|author\/|more\/|sitemaps\/)[a-z0-9-]+\/[a-z0-9-]+)"/)?.[1] ?? ''
  const slug = articlePath.split('/').pop()
  const found = await fetch(`${cluster.apps[0].url}/api/articles?locale=vi&depth=0&limit=1&where[slug][equals]=${slug}`, {
    headers: { authorization: `JWT ${token}` },
  })
  articleId = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
})

test.afterAll(async () => {
  await cluster?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('a publish through instance A is served by the proxy and by instance B within 2 s; so is an unpublish', async () => {
  const [, instanceB] = cluster.apps
  const throughProxy = () => page(`${cluster.proxyUrl}${articlePath}`)
  const fromB = () => page(`${instanceB.url}${articlePath}`)
  // Both caches hold the page before the change (the proxy answers the second read from its copy).
  for (const read of [throughProxy, throughProxy, fromB, fromB]) expect((await read()).status).toBe(200)

  const headline = `Tin sửa trên cụm máy ${Date.now()}`
  await editArticle('locale=vi&publishSpecificLocale=vi', {
    title: headline,
    _status: 'published',
  })
  await expect.poll(async () => (await throughProxy()).html.includes(headline), propagation).toBe(true)
  await expect.poll(async () => (await fromB()).html.includes(headline), propagation).toBe(true)

  await editArticle('locale=vi', { _status: 'draft' })
  await expect.poll(async () => (await throughProxy()).status, propagation).toBe(404)
  await expect.poll(async () => (await fromB()).status, propagation).toBe(404)
  expect((await throughProxy()).html).not.toContain(headline)
})

test('the proxy keeps public pages only, and nothing advertises a long stale copy', async () => {
  const twice = async (path: string, headers: Record<string, string> = {}) => {
    let last: Response | undefined
    for (let i = 0; i < 2; i++) {
      last = await fetch(`${cluster.proxyUrl}${path}`, {
        redirect: 'manual',
        headers: { 'user-agent': 'Mozilla/5.0 Chrome/131.0', ...headers },
      })
      await last.text()
    }
    return last as Response
  }
  // A public page: the second read is the proxy's copy, and browsers are told to revalidate.
  const home = await twice('/vi')
  expect(home.headers.get('x-cache')).toBe('HIT')
  expect(home.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
  expect(home.headers.get('xkey')).toBeNull()
  // Staff, draft mode, the admin, the API and preview always reach an instance.
  expect((await twice('/vi', { cookie: 'payload-token=abc' })).headers.get('x-cache')).toBe('MISS')
  expect((await twice('/vi', { cookie: '__prerender_bypass=abc' })).headers.get('x-cache')).toBe('MISS')
  expect((await twice('/vi', { authorization: `JWT ${token}` })).headers.get('x-cache')).toBe('MISS')
  for (const path of ['/admin/login', '/api/articles?limit=1', '/api/health', '/next/exit-preview?path=/vi']) {
    expect((await twice(path)).headers.get('x-cache'), path).toBe('MISS')
  }
  // What the instance itself says: a time-revalidated page may be stale for seconds, not a year.
  const direct = await fetch(`${cluster.apps[0].url}/vi`)
  await direct.text()
  const swr = Number(/stale-while-revalidate=(\d+)/.exec(direct.headers.get('cache-control') ?? '')?.[1] ?? 0)
  expect(swr).toBeLessThanOrEqual(10)
})

test('with instance B killed, the proxy keeps serving: no reader gets a failed request', async () => {
  const [, instanceB] = cluster.apps
  const failures: string[] = []
  let served = 0
  // Each read is a different address, so the proxy has to ask an instance for most of them.
  const read = async (n: number) => {
    const url = `${cluster.proxyUrl}/vi?reader=${n}`
    try {
      const { status } = await page(url)
      if (status === 200) served++
      else failures.push(`${url}: ${status}`)
    } catch (error) {
      failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  let next = 0
  const reader = async () => {
    while (next < 160) {
      const n = next++
      if (n === 20) instanceB.child.kill('SIGKILL')
      await read(n)
    }
  }
  await Promise.all([reader(), reader(), reader(), reader()])
  await stopProcess(instanceB)
  expect(failures).toEqual([])
  expect(served).toBe(160)
})
