// npm run backup / npm run restore: on the database and media npm start uses.
import { assertNode24, bin, ensureSecret, envWithLocalNode, run } from './lib.mjs'

assertNode24()
const [command, ...args] = process.argv.slice(2)
const env = envWithLocalNode({ NODE_ENV: 'production', PAYLOAD_SECRET: ensureSecret() })
const { code } = await run(bin('tsx'), ['src/db/backup/cli.ts', command, ...args], { env })
process.exit(code)
