import type { Payload } from 'payload'

/** The cheapest read that proves the database answers: counting the (few) sections. */
export async function pingDatabase(payload: Payload): Promise<void> {
  await payload.count({ collection: 'sections', overrideAccess: true })
}
