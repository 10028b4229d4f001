// Serves the production build with a cold cache. Pages and query results are cached on disk
// under .next/ and refreshed by tags while the server runs; the database may have changed while
// it was down (a seed, a restore, another database), so a start never trusts the last run's cache.
import { rmSync } from 'node:fs'
import path from 'node:path'

import { spawn } from 'node:child_process'

import { assertNode24, envWithLocalNode, root } from './lib.mjs'
import { secretProblem } from '../src/utilities/payloadSecret.ts'

assertNode24()
// Refuse to serve rather than answer every request with a 500 (Node 24 runs the .ts directly).
const problem = secretProblem(process.env.PAYLOAD_SECRET)
if (problem) {
  console.error(`${problem}\nnpm start generates one into data/.secret; or set PAYLOAD_SECRET to a long random value.`)
  process.exit(1)
}
for (const dir of ['.next/cache/fetch-cache', '.next/server/route-cache']) {
  rmSync(path.join(root, dir), { recursive: true, force: true })
}
// An instance with its own cache directory (docs/deployment.md) starts cold too.
if (process.env.NEWSROOM_CACHE_DIR) rmSync(path.resolve(root, process.env.NEWSROOM_CACHE_DIR), { recursive: true, force: true })
// Next's request handler behind the page memory (scripts/next-server.mjs); PORT and HOST as `next start` takes them.
const server = spawn(process.execPath, [path.join(root, 'scripts/next-server.mjs')], {
  cwd: root,
  env: envWithLocalNode({ NODE_ENV: 'production', PORT: process.env.PORT || '3000' }),
  stdio: 'inherit',
})
// Whoever stops us (Playwright, the bench, Ctrl-C) means the server too: pass the signal on,
// or next-server outlives this script and keeps the port.
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
