import type { Payload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { articles, authors, demoCities, demoPlacements, photos, sections, tags } from './data'
import type { DemoArticle, DemoEdition, DemoPhoto, Localized } from './data/types'
import { demoUsers } from './demoUsers'
import { drawPhoto } from './drawPhoto'
import { toLexicalBody } from './lexical'

type Log = (message: string) => void
type IdMap = Map<string, number>

export type SeedReport = { created: Record<string, number>; skipped: boolean }

const hour = 60 * 60 * 1000

/**
 * Loads the demo newsroom. Every item is looked up by its natural key (e-mail, slug, file name)
 * before it is created, so running it again creates nothing twice.
 */
export async function seedDemoNewsroom(payload: Payload, log: Log = () => {}, now = new Date()): Promise<SeedReport> {
  const created: Record<string, number> = { users: 0, media: 0, sections: 0, tags: 0, authors: 0, articles: 0 }
  const count = (key: string) => (created[key] = (created[key] ?? 0) + 1)

  // Only into an empty newsroom, once: after that the accounts are the newsroom's own. Re-creating
  // a demo login the admin renamed (as the README asks before going live) reopened a public password.
  if (await newsroomHasData(payload)) {
    log('The database already holds a newsroom: the demo is not loaded, and no account is created or reset.')
    return { created, skipped: true }
  }

  for (const user of demoUsers) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0 })
    if (existing.docs.length) continue
    await payload.create({ collection: 'users', data: user })
    count('users')
  }

  const photoIds: IdMap = new Map()
  for (const photo of photos) {
    photoIds.set(photo.key, await ensurePhoto(payload, photo, () => count('media')))
  }

  const sectionIds: IdMap = new Map()
  for (const section of sections) {
    const id = await ensureBySlug(payload, 'sections', section.key, async () => {
      count('sections')
      const doc = await payload.create({
        collection: 'sections',
        locale: 'vi',
        data: {
          name: section.name.vi,
          slug: section.key,
          parent: section.parent ? sectionIds.get(section.parent) : undefined,
          order: sections.indexOf(section) * 10,
        },
      })
      await translateName(payload, 'sections', doc.id, section.name)
      return doc.id
    })
    sectionIds.set(section.key, id)
  }

  const tagIds: IdMap = new Map()
  for (const tag of tags) {
    const id = await ensureBySlug(payload, 'tags', tag.key, async () => {
      count('tags')
      const doc = await payload.create({ collection: 'tags', locale: 'vi', data: { name: tag.name.vi, slug: tag.key } })
      await translateName(payload, 'tags', doc.id, tag.name)
      return doc.id
    })
    tagIds.set(tag.key, id)
  }

  const authorIds: IdMap = new Map()
  for (const author of authors) {
    const id = await ensureBySlug(payload, 'authors', author.key, async () => {
      count('authors')
      const doc = await payload.create({
        collection: 'authors',
        locale: 'vi',
        data: { name: author.name, slug: author.key, bio: author.bio.vi, photo: author.photo ? photoIds.get(author.photo) : undefined },
      })
      for (const locale of ['en', 'zh'] as const) {
        await payload.update({ collection: 'authors', id: doc.id, locale, data: { bio: author.bio[locale] } })
      }
      return doc.id
    })
    authorIds.set(author.key, id)
  }

  // Pass 1: every article exists (as a Vietnamese draft), so bodies and related lists can point at any other.
  const articleIds: IdMap = new Map()
  const fresh = new Set<string>()
  for (const article of articles) {
    const slug = article.key
    const existing = await payload.find({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
    })
    if (existing.docs[0]) {
      articleIds.set(article.key, existing.docs[0].id)
      continue
    }
    const doc = await payload.create({
      collection: 'articles',
      locale: 'vi',
      draft: true,
      data: { title: article.editions.vi.title, slug, section: need(sectionIds, article.section), _status: 'draft' },
    })
    articleIds.set(article.key, doc.id)
    fresh.add(article.key)
  }

  // Pass 2: fill and publish the articles created above, edition by edition.
  const ids = { photo: (key: string) => need(photoIds, key), article: (key: string) => need(articleIds, key) }
  for (const article of articles) {
    if (!fresh.has(article.key)) continue
    const id = need(articleIds, article.key)
    const shared = {
      section: need(sectionIds, article.section),
      tags: article.tags.map((key) => need(tagIds, key)),
      authors: article.authors.map((key) => need(authorIds, key)),
      publishedAt: article.status === 'published' ? new Date(now.getTime() - article.hoursAgo * hour).toISOString() : null,
    }
    for (const locale of locales) {
      const edition = article.editions[locale]
      if (!edition) continue
      await payload.update({
        collection: 'articles',
        id,
        locale,
        draft: true,
        data: {
          ...shared,
          ...editionData(article, locale, edition, ids),
          ...chosenByEdition(article, edition, photoIds, articleIds),
          _status: 'draft',
        },
      })
    }
    for (const locale of locales) {
      const edition = article.editions[locale]
      if (!edition || editionStatus(article, edition) !== 'published') continue
      await payload.update({
        collection: 'articles',
        id,
        locale,
        data: { _status: 'published' },
        publishSpecificLocale: locale,
      })
    }
    count('articles')
  }

  if (fresh.size > 0) await seedSettings(payload, articleIds, sectionIds, tagIds)

  const total = Object.values(created).reduce((sum, n) => sum + n, 0)
  log(total ? `Demo newsroom loaded: ${describe(created)}.` : 'Demo newsroom already present: nothing to load.')
  return { created, skipped: total === 0 }
}

/** Any account or article means the newsroom is in use (or the demo was loaded before). */
async function newsroomHasData(payload: Payload): Promise<boolean> {
  for (const collection of ['users', 'articles'] as const) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return true
  }
  return false
}

/** Site settings and placements (curated lists), written once with the articles they point at. */
async function seedSettings(payload: Payload, articleIds: IdMap, sectionIds: IdMap, tagIds: IdMap) {
  const settings = await payload.updateGlobal({
    slug: 'site-settings',
    locale: 'vi',
    data: {
      // The demo runs offline, so it shows figures typed by editors; Open-Meteo is the default otherwise.
      weatherProvider: 'static',
      weatherCities: demoCities.map((city) => ({
        name: city.name.vi,
        latitude: city.latitude,
        longitude: city.longitude,
        temperature: city.temperature,
      })),
    },
  })
  for (const locale of ['en', 'zh'] as const) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      data: {
        weatherCities: (settings.weatherCities ?? []).map((row, index) => ({ ...row, name: demoCities[index].name[locale] })),
      },
    })
  }
  const id = (key: string) => need(articleIds, key)
  for (const placement of demoPlacements) {
    await payload.create({
      collection: 'placements',
      data: {
        key: placement.key,
        section: placement.section ? need(sectionIds, placement.section) : null,
        picks: placement.picks.map((pick) => ({
          article: id(pick.article),
          languages: pick.locales ?? [],
          expiresAt: pick.days ? new Date(Date.now() + pick.days * 24 * hour).toISOString() : null,
        })),
        rule: placement.rule,
        ruleTag: placement.tag ? need(tagIds, placement.tag) : null,
      },
    })
  }
}

function editionStatus(article: DemoArticle, edition: DemoEdition): 'published' | 'draft' {
  if (article.status === 'draft') return 'draft'
  return edition.status ?? 'published'
}

/** Hero photo, source and related list: the edition's own choice, else the article's. */
function chosenByEdition(article: DemoArticle, edition: DemoEdition, photoIds: IdMap, articleIds: IdMap) {
  const source = edition.source ?? article.source
  return {
    heroImage: need(photoIds, edition.hero ?? article.hero),
    source: { outlet: source?.outlet ?? null, url: source?.url ?? null },
    related: (edition.related ?? article.related ?? []).map((key) => need(articleIds, key)),
  }
}

function editionData(article: DemoArticle, locale: Locale, edition: DemoEdition, ids: Parameters<typeof toLexicalBody>[1]) {
  return {
    title: edition.title,
    lead: edition.lead,
    body: toLexicalBody(edition.body, ids),
    // Chinese headlines have no Latin letters: the edition reuses the Vietnamese slug (unique per locale).
    slug: locale === 'vi' ? article.key : undefined,
  }
}

async function ensurePhoto(payload: Payload, photo: DemoPhoto, onCreate: () => void): Promise<number> {
  const filename = `demo-${photo.key}.jpg`
  const existing = await payload.find({ collection: 'media', where: { filename: { equals: filename } }, limit: 1, depth: 0 })
  if (existing.docs[0]) return existing.docs[0].id
  const data = await drawPhoto(photo)
  const doc = await payload.create({
    collection: 'media',
    locale: 'vi',
    data: { alt: photo.alt.vi, caption: photo.caption?.vi ?? null, credit: photo.credit ?? null, agency: photo.agency ?? null },
    file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
  })
  for (const locale of ['en', 'zh'] as const) {
    await payload.update({
      collection: 'media',
      id: doc.id,
      locale,
      data: { alt: photo.alt[locale], caption: photo.caption?.[locale] ?? null },
    })
  }
  onCreate()
  return doc.id
}

type SluggedCollection = 'sections' | 'tags' | 'authors'

async function ensureBySlug(payload: Payload, collection: SluggedCollection, slug: string, create: () => Promise<number>) {
  const existing = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  return existing.docs[0]?.id ?? create()
}

async function translateName(payload: Payload, collection: 'sections' | 'tags', id: number, name: Localized) {
  for (const locale of ['en', 'zh'] as const) {
    await payload.update({ collection, id, locale, data: { name: name[locale] } })
  }
}

function need(map: IdMap, key: string): number {
  const id = map.get(key)
  if (id === undefined) throw new Error(`Demo data refers to "${key}", which does not exist.`)
  return id
}

function describe(created: Record<string, number>): string {
  return Object.entries(created)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${n} ${key}`)
    .join(', ')
}
