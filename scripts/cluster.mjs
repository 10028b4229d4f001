// npm run cluster: the Newsroom as deployed, on this machine and on loopback only: Redis, two app
// instances on one database (the SQLite file npm start uses, WAL) and Varnish in front of them.
// Ctrl-C stops everything. Ports: CLUSTER_PROXY_PORT (8080), CLUSTER_APP_PORTS (3001,3002),
// CLUSTER_REDIS_PORT (6380). Varnish and Redis come from Debian: scripts/cluster/install.sh.
import path from 'node:path'

import { assertNode24, buildIfNeeded, ensureSecret, envWithLocalNode, prepareDatabase, root } from './lib.mjs'
import { clusterPrograms, startCluster } from './cluster/lib.mjs'
import { secretProblem } from '../src/utilities/payloadSecret.ts'

assertNode24()
const { missing } = clusterPrograms()
if (missing.length) {
  console.error(`npm run cluster needs Debian's ${missing.join(', ')}: run scripts/cluster/install.sh as root.`)
  process.exit(1)
}
const ports = {
  proxy: Number(process.env.CLUSTER_PROXY_PORT || 8080),
  apps: (process.env.CLUSTER_APP_PORTS || '3001,3002').split(',').map(Number),
  redis: Number(process.env.CLUSTER_REDIS_PORT || 6380),
}
const env = envWithLocalNode({ NODE_ENV: 'production', PAYLOAD_SECRET: ensureSecret() })
const problem = secretProblem(env.PAYLOAD_SECRET)
if (problem) {
  console.error(problem)
  process.exit(1)
}

let cluster
try {
  await buildIfNeeded(env)
  await prepareDatabase(env)
  cluster = await startCluster({
    dir: path.join(root, 'data', 'cluster'),
    ports,
    env: {
      PAYLOAD_SECRET: env.PAYLOAD_SECRET,
      ...(process.env.DATABASE_URI ? {} : { DATABASE_URI: `file:${path.join(root, 'data', 'newsroom.db')}` }),
    },
  })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

console.log(`
Newsroom cluster is up (Ctrl-C stops it):
  proxy (Varnish)  ${cluster.proxyUrl}   site /vi, admin /admin
${cluster.apps.map((app, i) => `  instance ${i + 1}       ${app.url}${i === 0 ? '   runs the job queue' : ''}`).join('\n')}
  Redis            redis://127.0.0.1:${ports.redis}`)

let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  console.log('\nStopping the cluster…')
  await cluster.stop()
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop)
// An instance that dies is routed around by the proxy (its health check); Redis or the proxy
// dying takes the cluster down rather than leaving half of it running.
for (const proc of cluster.apps) {
  void proc.exited.then(({ code, signal }) => {
    if (!stopping) console.error(`${proc.name} exited (${signal ?? code}); the proxy serves from the other instances.`)
  })
}
for (const proc of [cluster.redis, cluster.proxy]) {
  void proc.exited.then(({ code, signal }) => {
    if (stopping) return
    console.error(`${proc.name} exited (${signal ?? code}); stopping the cluster.`)
    void stop()
  })
}
