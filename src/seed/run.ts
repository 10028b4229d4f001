/**
 * `npm start` runs this before serving: connecting applies pending migrations (production),
 * then the demo newsroom is loaded unless SEED_DEMO=false.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { demoUsers } from './demoUsers'
import { seedDemoNewsroom } from './seed'

async function main() {
  const payload = await getPayload({ config })
  if (process.env.SEED_DEMO === 'false') {
    payload.logger.info('SEED_DEMO=false: the demo newsroom is not loaded.')
  } else {
    await seedDemoNewsroom(payload, (message) => payload.logger.info(message))
  }
  const { totalDocs } = await payload.count({ collection: 'articles' })
  console.log(`SEED_DONE articles=${totalDocs} demoUsers=${demoUsers.length}`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
