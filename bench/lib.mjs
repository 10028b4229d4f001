// Shared by the benchmarks: a production server on a throwaway copy of the demo newsroom.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { buildIfNeeded, envWithLocalNode, prepareDatabase, root } from '../scripts/lib.mjs'

export async function startDemoServer(port = 3400) {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-bench-'))
  const env = envWithLocalNode({
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'newsroom-bench-secret',
    DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    SECURE_COOKIES: 'false',
    PORT: String(port),
    HOST: '127.0.0.1',
  })
  await buildIfNeeded(env)
  await prepareDatabase(env)
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] })
  const origin = `http://127.0.0.1:${port}`
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false)
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    origin,
    env,
    stop: () => {
      server.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
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
