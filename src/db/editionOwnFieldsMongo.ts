import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-mongodb'

import { defaultLocale, locales } from '@/i18n/locales'

/**
 * MongoDB's side of the change that made hero photo, source and related list each edition's own
 * (the SQLite side is src/db/editionOwnFields.ts): an article stored before it holds
 * `heroImage: id`; Payload now reads `heroImage: { vi: id, en: id }`. Each old value is copied into
 * every edition the article has (a headline in that language), in the documents and their versions.
 */
export const perEditionFields = ['heroImage', 'source', 'related'] as const

type Stored = Record<string, unknown>

function isPlainObject(value: unknown): value is Stored {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
}

/** Already one value per language: a plain object keyed only by locale codes. */
function isPerLocale(value: unknown): boolean {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every((key) => (locales as readonly string[]).includes(key))
}

/** The languages an article has an edition in: those with a headline. */
export function editionsOf(stored: Stored): string[] {
  const title = stored.title
  return isPlainObject(title) ? locales.filter((locale) => typeof title[locale] === 'string' && title[locale] !== '') : []
}

/** What to `$set` on one stored article (or version body) so each edition holds its own copy; nothing when already done. */
export function perEditionValues(stored: Stored, prefix = ''): Stored | undefined {
  const editions = editionsOf(stored)
  const set: Stored = {}
  for (const field of perEditionFields) {
    const value = stored[field]
    if (value === undefined || isPerLocale(value)) continue
    set[`${prefix}${field}`] = Object.fromEntries(editions.map((locale) => [locale, value]))
  }
  return Object.keys(set).length > 0 ? set : undefined
}

/** The reverse, for `down`: the shared value is the Vietnamese edition's. */
export function sharedValues(stored: Stored, prefix = ''): Stored | undefined {
  const set: Stored = {}
  for (const field of perEditionFields) {
    const value = stored[field]
    if (isPerLocale(value)) set[`${prefix}${field}`] = (value as Stored)[defaultLocale] ?? null
  }
  return Object.keys(set).length > 0 ? set : undefined
}

type NativeCollection = {
  find: (filter: Stored, options: Stored) => { toArray: () => Promise<Stored[]> }
  updateOne: (filter: Stored, update: Stored, options: Stored) => Promise<unknown>
}
type Models = { collections: Record<string, { collection: NativeCollection }>; versions: Record<string, { collection: NativeCollection }> }

async function rewrite(args: MigrateUpArgs | MigrateDownArgs, change: (stored: Stored, prefix?: string) => Stored | undefined) {
  const { collections, versions } = args.payload.db as unknown as Models
  const options = args.session ? { session: args.session } : {}
  const targets = [
    { collection: collections.articles?.collection, read: (doc: Stored) => change(doc) },
    {
      collection: versions.articles?.collection,
      read: (doc: Stored) => (isPlainObject(doc.version) ? change(doc.version, 'version.') : undefined),
    },
  ]
  for (const { collection, read } of targets) {
    if (!collection) continue
    for (const doc of await collection.find({}, options).toArray()) {
      const set = read(doc)
      if (set) await collection.updateOne({ _id: doc._id }, { $set: set }, options)
    }
  }
}

/** Run once by `prodMigrations` on MongoDB (src/db/adapter.ts); a database created after the change has nothing to copy. */
export const editionOwnFieldsMongoMigration = {
  name: '20261202_editions_own_hero_source_related',
  up: (args: MigrateUpArgs) => rewrite(args, perEditionValues),
  down: (args: MigrateDownArgs) => rewrite(args, sharedValues),
}
