// npm start: build if needed, prepare the embedded database, load the demo newsroom, serve.
import { assertNode24, buildIfNeeded, ensureSecret, envWithLocalNode, prepareDatabase, run } from './lib.mjs'
import { demoLogins } from './demoLogins.mjs'
import { secretProblem } from '../src/utilities/payloadSecret.ts'

assertNode24()
const port = process.env.PORT || '3000'
const env = envWithLocalNode({ NODE_ENV: 'production', PAYLOAD_SECRET: ensureSecret() })
// A PAYLOAD_SECRET given in the environment is used as is, so it is checked before anything is built.
const problem = secretProblem(env.PAYLOAD_SECRET)
if (problem) {
  console.error(`${problem}\nUnset PAYLOAD_SECRET to let npm start generate one into data/.secret.`)
  process.exit(1)
}

let prepared
try {
  await buildIfNeeded(env)
  prepared = await prepareDatabase(env)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

console.log(`\nNewsroom is starting on http://localhost:${port} (site: /vi, /en, /zh; admin: /admin)`)
// The demo accounts are created once, into an empty database; later starts never re-create them.
if (prepared.demoUsersCreated > 0) console.log(demoLogins())
else console.log('Sign in with your newsroom account (the demo logins were printed when the database was first created).')
const { code } = await run(process.execPath, ['scripts/serve.mjs'], { env: { ...env, PORT: port } })
process.exit(code)
