import { locales } from '@/i18n/locales'

/**
 * What the public may filter and sort on, per collection (REST, GraphQL, counts). Anything else is
 * refused with a 400 naming the field. Paths are in the request's own locale only: `title.en`
 * matched a taken-down English headline while the Vietnamese edition was live, because access
 * control filters by the status of the request's locale, not of the locale named in the path.
 * Relationship paths stop at collections that are public as a whole (sections, tags, authors):
 * `related.title` would search other articles' editions without their access filter.
 */
export const publicQueryFields: Record<string, readonly string[]> = {
  articles: [
    'id',
    'title',
    'lead',
    'slug',
    '_status',
    'searchTitle',
    'searchText',
    'section',
    'section.slug',
    'tags',
    'tags.slug',
    'authors',
    'authors.slug',
    'related',
    'heroImage',
    'publishedAt',
    'revisedAt',
    'createdAt',
    'updatedAt',
  ],
  sections: ['id', 'name', 'slug', 'parent', 'parent.slug', 'order', 'createdAt', 'updatedAt'],
  tags: ['id', 'name', 'slug', 'createdAt', 'updatedAt'],
  authors: ['id', 'name', 'slug', 'photo', 'createdAt', 'updatedAt'],
  media: ['id', 'filename', 'alt', 'caption', 'credit', 'agency', 'mimeType', 'width', 'height', 'filesize', 'createdAt', 'updatedAt'],
}

const localeCodes = new Set<string>(locales)

/** GraphQL spells nested paths with `__` (source__url); REST with dots. */
const normalise = (path: string) => path.replace(/__/g, '.')

function pathProblem(collection: string, raw: string, what: 'filter' | 'sort'): string | undefined {
  const path = normalise(raw)
  if (path.split('.').some((segment) => localeCodes.has(segment))) {
    return `"${raw.slice(0, 60)}" names a locale; the public ${what}s in the locale of the request only (?locale=…).`
  }
  const allowed = publicQueryFields[collection] ?? []
  if (!allowed.includes(path)) {
    return `The public cannot ${what} ${collection} by "${raw.slice(0, 60)}"${allowed.length ? `; use ${allowed.join(', ')}` : ''}.`
  }
  return undefined
}

function wherePaths(where: unknown, found: string[] = [], depth = 0): string[] {
  if (!where || typeof where !== 'object' || depth > 16) return found
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : []
      for (const branch of branches) wherePaths(branch, found, depth + 1)
    } else {
      found.push(key)
    }
  }
  return found
}

function sortPaths(sort: unknown): string[] {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return list
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => item.trim().replace(/^[-+]/, ''))
}

/** Why the public may not run this query on `collection`, or undefined when it may. */
export function publicQueryProblem(collection: string, where: unknown, sort: unknown): string | undefined {
  for (const path of wherePaths(where)) {
    const problem = pathProblem(collection, path, 'filter')
    if (problem) return problem
  }
  for (const path of sortPaths(sort)) {
    const problem = pathProblem(collection, path, 'sort')
    if (problem) return problem
  }
  return undefined
}
