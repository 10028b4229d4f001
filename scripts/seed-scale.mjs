// npm run seed:scale -- N: adds N generated articles (three editions each) to the database npm start uses.
import { assertNode24, bin, ensureSecret, envWithLocalNode, run } from './lib.mjs'

assertNode24()
const count = process.argv[2] ?? '1000'
const env = envWithLocalNode({ NODE_ENV: 'production', PAYLOAD_SECRET: ensureSecret() })
const { code } = await run(bin('tsx'), ['src/seed/scale.ts', count], { env })
process.exit(code)
