import { articles, authors, photos, sections, tags } from '@/seed/data'
import type { DemoArticle, DemoEdition, DemoLocale } from '@/seed/data/types'

const LOCALES: DemoLocale[] = ['vi', 'en', 'zh']
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const HEX_PATTERN = /^#[0-9a-fA-F]{6}$/
const FORBIDDEN_WORDS = /\b(undefined|null)\b/i

/**
 * Consistency checks for the demo content. Returns a list of human-readable
 * problems; an empty list means the data is coherent.
 */
export function checkDemoData(): string[] {
  const problems: string[] = []

  // ---- keys: format and uniqueness ----
  const keySets = {
    section: collectKeys('section', sections, problems),
    tag: collectKeys('tag', tags, problems),
    author: collectKeys('author', authors, problems),
    photo: collectKeys('photo', photos, problems),
    article: collectKeys('article', articles, problems),
  }

  // ---- every string anywhere must be non-empty and free of forbidden words ----
  walkStrings({ sections, tags, authors, photos, articles }, 'data', problems)

  // ---- sections ----
  for (const section of sections) {
    if (section.parent === undefined) continue
    if (section.parent === section.key) problems.push(`section ${section.key}: is its own parent`)
    else if (!keySets.section.has(section.parent)) {
      problems.push(`section ${section.key}: unknown parent "${section.parent}"`)
    }
  }

  // ---- authors ----
  for (const author of authors) {
    if (author.photo !== undefined && !keySets.photo.has(author.photo)) {
      problems.push(`author ${author.key}: unknown photo "${author.photo}"`)
    }
  }

  // ---- photos ----
  for (const photo of photos) {
    if (!photo.credit && !photo.agency) problems.push(`photo ${photo.key}: has neither credit nor agency`)
    for (const colour of photo.palette) {
      if (!HEX_PATTERN.test(colour)) problems.push(`photo ${photo.key}: palette colour "${colour}" is not #rrggbb`)
    }
    for (const locale of LOCALES) {
      const alt = photo.alt[locale]
      if (alt && KEY_PATTERN.test(alt)) problems.push(`photo ${photo.key}: alt.${locale} looks like a slug`)
    }
  }

  // ---- articles ----
  const articleByKey = new Map<string, DemoArticle>(articles.map((a) => [a.key, a]))
  const hours = new Map<number, string>()

  for (const article of articles) {
    const where = `article ${article.key}`

    if (!keySets.section.has(article.section)) problems.push(`${where}: unknown section "${article.section}"`)
    if (!keySets.photo.has(article.hero)) problems.push(`${where}: unknown hero photo "${article.hero}"`)

    checkRefList(where, 'tag', article.tags, keySets.tag, 1, 4, problems)
    checkRefList(where, 'author', article.authors, keySets.author, 1, 2, problems)
    if (article.related !== undefined) checkRelated(where, article, article.related, keySets.article, articleByKey, problems)

    if (!Number.isInteger(article.hoursAgo) || article.hoursAgo < 1 || article.hoursAgo > 400) {
      problems.push(`${where}: hoursAgo ${article.hoursAgo} is outside 1..400`)
    }
    const sameHour = hours.get(article.hoursAgo)
    if (sameHour !== undefined) problems.push(`${where}: hoursAgo ${article.hoursAgo} also used by ${sameHour}`)
    hours.set(article.hoursAgo, article.key)

    checkDemoUrl(where, 'source url', article.source?.url, problems)

    if (!article.editions.vi) problems.push(`${where}: missing vi edition`)
    const viTitle = article.editions.vi?.title ?? ''
    if (article.status === 'draft' && !viTitle.includes('Bản nháp')) {
      problems.push(`${where}: draft article without "Bản nháp" in its vi title`)
    }
    if (article.status === 'published' && viTitle.includes('Bản nháp')) {
      problems.push(`${where}: published article with "Bản nháp" in its vi title`)
    }

    for (const locale of LOCALES) {
      const edition = article.editions[locale]
      if (!edition) continue
      checkEdition(article, locale, edition, keySets.photo, articleByKey, problems)
      const own = `${where} (${locale})`
      if (edition.hero !== undefined && !keySets.photo.has(edition.hero)) problems.push(`${own}: unknown hero photo "${edition.hero}"`)
      if (edition.related !== undefined) checkRelated(own, article, edition.related, keySets.article, articleByKey, problems)
      checkDemoUrl(own, 'source url', edition.source?.url, problems)
    }
  }

  return problems
}

/** Demo links never point at real sites. */
function checkDemoUrl(where: string, kind: string, url: string | undefined, problems: string[]): void {
  if (url !== undefined && !/^https:\/\/example\.(org|com)(\/|$)/.test(url))
    problems.push(`${where}: ${kind} must be on example.org or example.com`)
}

function checkRelated(
  where: string,
  article: DemoArticle,
  related: string[],
  known: Set<string>,
  articleByKey: Map<string, DemoArticle>,
  problems: string[],
): void {
  checkRefList(where, 'related article', related, known, 1, 4, problems)
  if (related.includes(article.key)) problems.push(`${where}: relates to itself`)
  for (const key of related) {
    if (article.status === 'published' && articleByKey.get(key)?.status === 'draft') {
      problems.push(`${where}: related list points to draft article "${key}"`)
    }
  }
}

function collectKeys(kind: string, items: { key: string }[], problems: string[]): Set<string> {
  const seen = new Set<string>()
  for (const item of items) {
    if (!KEY_PATTERN.test(item.key)) problems.push(`${kind} "${item.key}": key is not ASCII kebab-case`)
    if (seen.has(item.key)) problems.push(`${kind} "${item.key}": duplicate key`)
    seen.add(item.key)
  }
  return seen
}

function checkRefList(where: string, kind: string, keys: string[], known: Set<string>, min: number, max: number, problems: string[]): void {
  if (keys.length < min || keys.length > max) {
    problems.push(`${where}: has ${keys.length} ${kind} keys, expected ${min} to ${max}`)
  }
  const seen = new Set<string>()
  for (const key of keys) {
    if (!known.has(key)) problems.push(`${where}: unknown ${kind} "${key}"`)
    if (seen.has(key)) problems.push(`${where}: duplicate ${kind} "${key}"`)
    seen.add(key)
  }
}

function checkEdition(
  article: DemoArticle,
  locale: DemoLocale,
  edition: DemoEdition,
  photoKeys: Set<string>,
  articleByKey: Map<string, DemoArticle>,
  problems: string[],
): void {
  const where = `article ${article.key} (${locale})`
  const status = edition.status ?? article.status

  if (edition.body.length < 4 || edition.body.length > 8) {
    problems.push(`${where}: body has ${edition.body.length} nodes, expected 4 to 8`)
  }
  if (locale !== 'vi' && article.status === 'draft' && !edition.title.startsWith('Draft:') && locale === 'en') {
    problems.push(`${where}: en edition of a draft article should start with "Draft:"`)
  }
  if (article.status === 'published' && status === 'draft' && !edition.title.startsWith('Translation in progress:')) {
    problems.push(`${where}: draft translation title should start with "Translation in progress:"`)
  }
  if (status === 'published' && edition.title.startsWith('Translation in progress:')) {
    problems.push(`${where}: published edition titled as a translation in progress`)
  }
  if (locale === 'vi' && edition.status === 'draft' && article.status === 'published') {
    problems.push(`${where}: the vi edition cannot be a draft of a published article`)
  }

  for (const node of edition.body) {
    if (node.type === 'photo' && !photoKeys.has(node.photo)) {
      problems.push(`${where}: inline photo "${node.photo}" is unknown`)
    }
    if (node.type === 'related') {
      const target = articleByKey.get(node.article)
      if (!target) problems.push(`${where}: inline related article "${node.article}" is unknown`)
      else if (target.key === article.key) problems.push(`${where}: inline related node points to itself`)
      else if (article.status === 'published' && target.status === 'draft') {
        problems.push(`${where}: inline related node points to draft article "${node.article}"`)
      }
    }
    if (node.type === 'external') checkDemoUrl(where, 'outside link', node.url, problems)
    if (node.type === 'quote' && node.attribution !== undefined && node.attribution.trim() === '') {
      problems.push(`${where}: quote with an empty attribution`)
    }
  }

  // Translations mirror the vi structure (outside links aside).
  const vi = article.editions.vi
  if (locale !== 'vi' && vi) {
    const shape = (e: DemoEdition) =>
      e.body
        // Links to outside stories belong to the edition that links them (an agency's own other stories).
        .filter((n) => n.type !== 'external')
        .map((n) => (n.type === 'photo' ? `photo:${n.photo}` : n.type === 'related' ? `related:${n.article}` : n.type))
        .join(',')
    if (shape(edition) !== shape(vi)) problems.push(`${where}: body structure differs from the vi edition`)
  }
}

function walkStrings(value: unknown, path: string, problems: string[]): void {
  if (typeof value === 'string') {
    if (value.trim() === '') problems.push(`${path}: empty string`)
    else if (FORBIDDEN_WORDS.test(value)) problems.push(`${path}: contains a forbidden word`)
    else if (value !== value.trim()) problems.push(`${path}: leading or trailing whitespace`)
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkStrings(item, `${path}[${index}]`, problems))
    return
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const label = typeof record.key === 'string' ? `${path}<${record.key}>` : path
    for (const [name, child] of Object.entries(record)) walkStrings(child, `${label}.${name}`, problems)
  }
}
