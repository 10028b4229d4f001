// npm test: lint and format check, unit + integration (Vitest, throwaway SQLite), then end-to-end (Playwright against a
// production build on a throwaway database with the demo newsroom). Ends with "N passed, N failed".
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { assertNode24, bin, buildIfNeeded, envWithLocalNode, prepareDatabase, root, run } from './lib.mjs'

assertNode24()
const results = { passed: 0, failed: 0, skipped: 0 }
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined)
const only = process.argv[2] // "unit" or "e2e" to run one half
const pick = process.argv.slice(3) // then, optionally, which test files (e.g. e2e/admin/live-preview.spec.ts)

rmSync(path.join(root, 'test-results'), { recursive: true, force: true })

// Lint and format: each a check of its own in the count (the whole tree, not only what changed).
if (only !== 'e2e' && pick.length === 0) {
  for (const [name, args] of [
    ['eslint', ['.', '--max-warnings', '0']],
    ['prettier', ['--check', '.', '--log-level', 'warn']],
  ]) {
    const { code } = await run(bin(name), args, { env: envWithLocalNode({}) })
    if (code === 0) results.passed += 1
    else {
      results.failed += 1
      console.error(`${name} found problems (npm run lint / npm run format)`)
    }
  }
}

if (only !== 'e2e') {
  const report = path.join(root, 'test-results', 'vitest.json')
  const { code } = await run(bin('vitest'), ['run', ...pick, '--reporter=default', '--reporter=json', `--outputFile=${report}`], {
    env: envWithLocalNode({ NODE_ENV: 'test' }),
  })
  const json = readJson(report)
  if (json) {
    results.passed += json.numPassedTests
    results.failed += json.numFailedTests
    results.skipped += json.numPendingTests + (json.numTodoTests ?? 0)
    // A file that fails to load has no test results of its own.
    results.failed += json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length
  } else if (code !== 0) {
    results.failed += 1
  }
}

if (only !== 'unit') {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-e2e-'))
  const env = envWithLocalNode({
    NODE_ENV: 'production',
    PAYLOAD_SECRET: 'newsroom-e2e-secret',
    DATABASE_URI: `file:${path.join(dir, 'e2e.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    SECURE_COOKIES: 'false',
    // The HTTP weather provider is pointed at a local port nothing listens on (refused at once);
    // e2e/site/widgets.spec.ts listens there with a provider that never answers, to see the app give up.
    WEATHER_API_URL: `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100) + 10000}`,
  })
  try {
    await buildIfNeeded(env)
    await prepareDatabase(env)
    const { code } = await run(bin('playwright'), ['test', ...pick], { env })
    const json = readJson(path.join(root, 'test-results', 'playwright.json'))
    if (json?.stats) {
      results.passed += json.stats.expected + json.stats.flaky
      results.failed += json.stats.unexpected
      results.skipped += json.stats.skipped
      if (code !== 0 && json.stats.unexpected === 0) results.failed += 1 // e.g. the server did not start
    } else if (code !== 0) {
      results.failed += 1
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    results.failed += 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (only !== 'e2e' && !process.env.TEST_MONGODB_URI) {
  console.log('\nNote: the MongoDB tests were skipped (TEST_MONGODB_URI is not set); see docs/mongodb.md.')
}
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`)
process.exit(results.failed > 0 ? 1 : 0)
