// Starts and stops the Newsroom as deployed, on one machine: Redis, several app instances on one
// database and Varnish in front, all on loopback (docs/deployment.md). Used by `npm run cluster`,
// its end-to-end test and the benchmark. Plain Node, no dependencies.
import { spawn } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { envWithLocalNode, root } from '../lib.mjs'

const varnishCandidates = ['/usr/sbin/varnishd', '/usr/bin/varnishd']
const redisCandidates = ['/usr/bin/redis-server', '/usr/sbin/redis-server']
const xkeyCandidates = [
  '/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so',
  '/usr/lib/aarch64-linux-gnu/varnish/vmods/libvmod_xkey.so',
  '/usr/lib/varnish/vmods/libvmod_xkey.so',
]

/** The Debian packages the cluster runs on, or what is missing (install: scripts/cluster/install.sh). */
export function clusterPrograms() {
  const varnishd = varnishCandidates.find((file) => existsSync(file))
  const redisServer = redisCandidates.find((file) => existsSync(file))
  const xkey = xkeyCandidates.some((file) => existsSync(file))
  const missing = [!varnishd && 'varnish', !xkey && 'varnish-modules', !redisServer && 'redis-server'].filter(Boolean)
  return { varnishd, redisServer, missing }
}

function waitForPort(port, timeoutMs) {
  const until = Date.now() + timeoutMs
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect({ host: '127.0.0.1', port })
      socket.once('connect', () => {
        socket.destroy()
        resolve()
      })
      socket.once('error', () => {
        socket.destroy()
        if (Date.now() > until) reject(new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`))
        else setTimeout(attempt, 100)
      })
    }
    attempt()
  })
}

async function waitForHealth(url, timeoutMs) {
  const until = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.ok) return
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Varnish backends for the instances, each health-checked every second. */
export function backendsVcl(ports) {
  const backends = ports
    .map(
      (port, index) => `backend app${index + 1} {
  .host = "127.0.0.1";
  .port = "${port}";
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
  .probe = {
    .url = "/api/health";
    .interval = 1s;
    .timeout = 3s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
  }
}
`,
    )
    .join('\n')
  const adds = ports.map((_, index) => `  app.add_backend(app${index + 1});`).join('\n')
  return `${backends}\nsub vcl_init {\n  new app = directors.round_robin();\n${adds}\n}\n`
}

function start(name, command, args, { env, log }) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = `[${name}] `
  const forward = (chunk) => {
    if (!log) return
    for (const line of String(chunk).split('\n')) if (line.trim()) log(prefix + line)
  }
  child.stdout.on('data', forward)
  child.stderr.on('data', forward)
  return { name, child, exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))) }
}

/** Ends one process we started: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopProcess(proc, graceMs = 8000) {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return
  proc.child.kill('SIGTERM')
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs)
  await proc.exited
  clearTimeout(timer)
}

/**
 * Starts Redis, `ports.apps.length` app instances (the first one runs the job queue) and Varnish.
 * The database must be prepared (migrations, demo) beforehand; the production build must exist.
 * Resolves with the URLs and a stop() that ends everything it started.
 */
export async function startCluster({ dir, ports, env: extraEnv = {}, log = console.log }) {
  const { varnishd, redisServer, missing } = clusterPrograms()
  if (missing.length) throw new Error(`Missing Debian packages: ${missing.join(', ')} (run scripts/cluster/install.sh as root).`)
  mkdirSync(dir, { recursive: true })
  // Varnish drops root for its worker process, which must still reach its working directory.
  chmodSync(dir, 0o755)
  const started = []
  const stop = async () => {
    for (const proc of [...started].reverse()) await stopProcess(proc)
  }
  try {
    const redis = start(
      'redis',
      redisServer,
      ['--port', String(ports.redis), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'warning'],
      { env: process.env, log },
    )
    started.push(redis)
    await waitForPort(ports.redis, 10_000)

    const proxyUrl = `http://127.0.0.1:${ports.proxy}`
    const apps = ports.apps.map((port, index) => {
      const cacheDir = path.join(dir, `cache-${index + 1}`)
      rmSync(cacheDir, { recursive: true, force: true })
      const env = envWithLocalNode({
        NODE_ENV: 'production',
        SERVER_URL: proxyUrl,
        SECURE_COOKIES: 'false',
        ...extraEnv,
        PORT: String(port),
        REDIS_URL: `redis://127.0.0.1:${ports.redis}`,
        PROXY_PURGE_URL: proxyUrl,
        NEWSROOM_CACHE_DIR: cacheDir,
        // Varnish compresses, once per cached page.
        HTTP_COMPRESSION: 'off',
        // Scheduled publishing runs on exactly one instance.
        NEWSROOM_JOBS: index === 0 ? 'on' : 'off',
      })
      // The production server of scripts/serve.mjs (Next behind the page memory), without serve.mjs's
      // clearing of the shared cache directories: each instance has its own, new, directory.
      const proc = start(`app${index + 1}`, process.execPath, [path.join(root, 'scripts/next-server.mjs')], {
        env: { ...env, HOST: '127.0.0.1' },
        log,
      })
      started.push(proc)
      return { ...proc, port, url: `http://127.0.0.1:${port}` }
    })
    await Promise.all(apps.map((app) => waitForHealth(`${app.url}/api/health`, 120_000)))

    const vclDir = path.join(dir, 'varnish-vcl')
    mkdirSync(vclDir, { recursive: true })
    copyFileSync(path.join(root, 'deploy', 'varnish', 'newsroom.vcl'), path.join(vclDir, 'newsroom.vcl'))
    writeFileSync(path.join(vclDir, 'backends.vcl'), backendsVcl(ports.apps))
    const workDir = path.join(dir, 'varnish')
    const proxy = start(
      'varnish',
      varnishd,
      [
        '-F',
        '-n',
        workDir,
        '-a',
        `127.0.0.1:${ports.proxy}`,
        '-f',
        path.join(vclDir, 'newsroom.vcl'),
        '-p',
        `vcl_path=${vclDir}:/usr/share/varnish/vcl:/etc/varnish`,
        '-s',
        'malloc,256m',
        '-T',
        'none',
      ],
      { env: process.env, log },
    )
    started.push(proxy)
    await waitForHealth(`${proxyUrl}/api/health`, 30_000)
    return { proxyUrl, apps, redis, proxy, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
