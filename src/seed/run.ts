/**
 * `npm start` runs this before serving: connecting applies pending migrations (production),
 * then the demo newsroom is loaded unless SEED_DEMO=false.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { seedDemoNewsroom } from './seed'

async function main() {
  const payload = await getPayload({ config })
  let createdUsers = 0
  if (process.env.SEED_DEMO === 'false') {
    payload.logger.info('SEED_DEMO=false: the demo newsroom is not loaded.')
  } else {
    const report = await seedDemoNewsroom(payload, (message) => payload.logger.info(message))
    createdUsers = report.created.users ?? 0
  }
  const { totalDocs } = await payload.count({ collection: 'articles' })
  // npm start prints the demo logins only when this run created them (demoUsers=N).
  console.log(`SEED_DONE articles=${totalDocs} demoUsers=${createdUsers}`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
