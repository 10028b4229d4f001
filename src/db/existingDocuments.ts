import type { CollectionSlug, Payload } from 'payload'

/** How many of these ids name a document of the collection (trashed ones too), whatever the reader may see. */
export async function countExisting(payload: Payload, collection: CollectionSlug, ids: (string | number)[]): Promise<number> {
  const { totalDocs } = await payload.count({ collection, where: { id: { in: ids } }, overrideAccess: true, trash: true })
  return totalDocs
}
