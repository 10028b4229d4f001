import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createDraftArticle, createSection, createStaff, publishEdition, type StaffUser } from '@/testing/fixtures'
import { apiHandlers, type Api, type ApiRequest } from '@/testing/api'
import { startTestPayload, type TestPayload } from '@/testing/payload'

/**
 * The access table (issue 13): who may read or change what, through REST and GraphQL, as the
 * public and as each role. Each row is one request and what its answer must (not) contain.
 * `{takenDown}`, `{live}`, `{reporter}`, `{editorLock}` are replaced by fixture ids.
 */
type As = 'public' | 'reporter' | 'editor' | 'admin'
type AccessCase = ApiRequest & {
  name: string
  as?: As
  status: number
  /** Text that must not appear anywhere in the answer. */
  hides?: RegExp
  check?: (body: Record<string, unknown>) => void
}

let t: TestPayload
let api: Api
const tokens: Partial<Record<As, string>> = {}
const users: Partial<Record<As, StaffUser>> = {}
const ids: Record<string, number> = {}

/** The headline, lead and body of an English edition that was published, then taken down. */
const secret = { title: 'Bribery scandal exposed', lead: 'Officials took bribes', slug: 'bribery-scandal-exposed' }
const secretText = /bribery|bribes/i

beforeAll(async () => {
  t = await startTestPayload()
  api = await apiHandlers()
  const section = await createSection(t.payload, 'kinh-te')
  const article = await createDraftArticle(t.payload, section.id, 'Vụ án kinh tế')
  await t.payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    draft: true,
    data: { title: secret.title, lead: secret.lead, slug: secret.slug },
  })
  await publishEdition(t.payload, article.id, 'vi')
  await publishEdition(t.payload, article.id, 'en')
  await t.payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { _status: 'draft' } })
  ids.takenDown = article.id
  const live = await createDraftArticle(t.payload, section.id, 'Bài liên quan')
  await t.payload.update({ collection: 'articles', id: live.id, locale: 'vi', draft: true, data: { related: [article.id] } })
  await publishEdition(t.payload, live.id, 'vi')
  ids.live = live.id
  // The first account of a newsroom is made an admin whatever it asks for: the admin comes first.
  for (const role of ['admin', 'reporter', 'editor'] as const) {
    users[role] = await createStaff(t.payload, role)
    tokens[role] = await api.login(users[role].email, 'test-password-1')
  }
  ids.reporter = users.reporter!.id
  await t.payload.create({
    collection: 'article-transitions',
    data: { article: article.id, locale: 'vi', to: 'in_review', by: users.reporter!.id, at: new Date().toISOString() },
  })
  // Articles are held per edition by the desk; Payload's document locks still cover the other collections.
  const tag = await t.payload.create({ collection: 'tags', locale: 'vi', data: { name: 'Tham nhũng', slug: 'tham-nhung' } })
  const lock = await t.payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'sections', value: section.id }, user: { relationTo: 'users', value: users.editor!.id } },
  })
  ids.editorLock = lock.id
  const own = await t.payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'tags', value: tag.id }, user: { relationTo: 'users', value: users.reporter!.id } },
  })
  ids.reporterLock = own.id
})
afterAll(async () => t?.close())

const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => String(ids[key]))
const graphql = (query: string): Pick<AccessCase, 'method' | 'path' | 'json'> => ({ method: 'POST', path: '/api/graphql', json: { query } })
const totalDocs = (expected: number) => (r: Record<string, unknown>) => expect(r.totalDocs).toBe(expected)
const noSessions = /"sessions":\[\{|"hash"|"salt"|resetPasswordToken|loginAttempts|lockUntil/

export const accessCases: AccessCase[] = [
  // 1. A taken-down edition's text is not reachable through any public query.
  { name: 'public filter on another locale (title.en)', path: '/api/articles?where[title.en][contains]=bribery', status: 400 },
  { name: 'public filter on another locale (searchText.en)', path: '/api/articles?where[searchText.en][contains]=brib', status: 400 },
  { name: 'public filter on another locale (lead.en)', path: '/api/articles?where[lead.en][contains]=bribes', status: 400 },
  { name: 'public filter on another locale (slug.en)', path: `/api/articles?where[slug.en][equals]=${secret.slug}`, status: 400 },
  { name: 'public filter on another locale (_status.en)', path: '/api/articles?where[_status.en][equals]=draft', status: 400 },
  { name: 'public filter with a locale inside or/and', path: '/api/articles?where[or][0][and][0][title.en][like]=bribery', status: 400 },
  { name: 'public count on another locale', path: '/api/articles/count?where[title.en][contains]=bribery', status: 400 },
  { name: 'public sort on another locale', path: '/api/articles?sort=title.en', status: 400 },
  {
    name: "public filter through a related article's headline",
    path: '/api/articles?locale=en&where[related.title][contains]=bribery',
    status: 400,
  },
  { name: 'public filter on a field outside the allow-list', path: '/api/articles?where[workflowState][equals]=draft', status: 400 },
  { name: 'public filter on the all-headlines index', path: '/api/articles?where[allHeadlines][contains]=bribery', status: 400 },
  {
    name: 'public filter in its own locale finds nothing taken down',
    path: '/api/articles?locale=en&where[title][contains]=bribery',
    status: 200,
    check: totalDocs(0),
  },
  {
    name: 'public search index in its own locale finds nothing taken down',
    path: '/api/articles?locale=en&where[searchText][contains]=brib',
    status: 200,
    check: totalDocs(0),
  },
  {
    name: 'public filter on an allowed field still works',
    path: '/api/articles?where[slug][equals]=vu-an-kinh-te&depth=0',
    status: 200,
    check: totalDocs(1),
  },
  {
    name: 'public sort on an allowed field still works',
    path: '/api/articles?sort=-publishedAt&depth=0',
    status: 200,
    check: totalDocs(2),
  },
  {
    name: 'public count in its own locale',
    path: '/api/articles/count?locale=en&where[title][contains]=bribery',
    status: 200,
    check: totalDocs(0),
  },
  { name: 'public read of the taken-down edition by id', path: '/api/articles/{takenDown}?locale=en', status: 404, hides: secretText },
  {
    name: 'public read of the live article with its related list (vi)',
    path: '/api/articles/{live}?locale=vi&depth=2',
    status: 200,
    hides: secretText,
  },
  { name: 'GraphQL filter in another locale by a sort', ...graphql('{ Articles(sort: "title.en") { docs { id } } }'), status: 400 },
  {
    name: 'GraphQL filter in its own locale finds nothing taken down',
    ...graphql('{ Articles(locale: en, where: { title: { contains: "bribery" } }) { totalDocs docs { title } } }'),
    status: 200,
    hides: secretText,
    check: (r) => expect((r.data as { Articles: { totalDocs: number } }).Articles.totalDocs).toBe(0),
  },
  {
    name: 'GraphQL filter on a field outside the allow-list',
    ...graphql('{ Articles(where: { workflowState: { equals: draft } }) { totalDocs } }'),
    status: 400,
  },
  { name: 'public filter on another locale in tags', path: '/api/tags?where[name.en][contains]=a', status: 400 },
  { name: 'public filter on another locale in photos', path: '/api/media?where[alt.zh][contains]=a', status: 400 },
  {
    name: 'public filter on an allowed section field',
    path: '/api/sections?where[slug][equals]=kinh-te',
    status: 200,
    check: totalDocs(1),
  },
  { name: 'public filter on a collection it cannot read', path: '/api/users?where[email][contains]=a', status: 400 },
  {
    name: 'staff may still filter on any locale',
    as: 'reporter',
    path: '/api/articles?where[title.en][contains]=bribery&depth=0',
    status: 200,
    check: totalDocs(1),
  },
  // 3. No populated user carries sessions, hashes or login counters.
  {
    name: 'reporter reads the workflow history with its users populated',
    as: 'reporter',
    path: '/api/article-transitions?depth=1',
    status: 200,
    hides: noSessions,
    check: (r) => expect(JSON.stringify(r)).toContain('"email"'),
  },
  {
    name: 'reporter reads the workflow history at depth 3',
    as: 'reporter',
    path: '/api/article-transitions?depth=3',
    status: 200,
    hides: noSessions,
  },
  { name: 'reporter reads their own account', as: 'reporter', path: '/api/users/{reporter}', status: 200, hides: noSessions },
  { name: 'reporter asks who they are', as: 'reporter', path: '/api/users/me', status: 200, hides: noSessions },
  { name: 'editor lists users', as: 'editor', path: '/api/users?depth=2', status: 200, hides: noSessions },
  {
    name: 'GraphQL populated user has no sessions',
    as: 'reporter',
    ...graphql('{ ArticleTransitions { docs { by { email sessions { id expiresAt } } } } }'),
    status: 200,
    hides: /"expiresAt":"/,
  },
  {
    name: 'GraphQL own account has no sessions',
    as: 'reporter',
    ...graphql('{ meUser { user { email sessions { id } } } }'),
    status: 200,
    hides: /"sessions":\[\{/,
  },
  // 5. Only admins unlock accounts.
  {
    name: 'editor unlocks an account',
    as: 'editor',
    method: 'POST',
    path: '/api/users/unlock',
    json: { email: 'someone@test.local' },
    status: 403,
  },
  {
    name: 'reporter unlocks an account',
    as: 'reporter',
    method: 'POST',
    path: '/api/users/unlock',
    json: { email: 'someone@test.local' },
    status: 403,
  },
  // 12. Document locks belong to whoever holds them.
  {
    name: "reporter deletes an editor's document lock",
    as: 'reporter',
    method: 'DELETE',
    path: '/api/payload-locked-documents/{editorLock}',
    status: 403,
  },
  {
    name: 'reporter deletes their own lock',
    as: 'reporter',
    method: 'DELETE',
    path: '/api/payload-locked-documents/{reporterLock}',
    status: 200,
  },
  {
    name: 'reporter deletes every lock at once: only their own go',
    as: 'reporter',
    method: 'DELETE',
    path: '/api/payload-locked-documents?where[id][exists]=true',
    status: 200,
    check: (r) => expect(r.docs).toEqual([]),
  },
]

describe('access: who may read or change what (REST and GraphQL)', () => {
  test('the table reports its size', () => {
    console.info(`access table: ${accessCases.length} cases`)
    expect(accessCases.length).toBeGreaterThanOrEqual(30)
  })

  test.each(accessCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const token = c.as && c.as !== 'public' ? tokens[c.as] : undefined
    const response = await api.send({ ...c, path: fill(c.path), token })
    const text = await response.text()
    // GraphQL answers 200 and carries the refusal's status in its error.
    const graphqlStatus = /"statusCode":(\d{3})/.exec(text)?.[1]
    const status = c.path.startsWith('/api/graphql') && graphqlStatus ? Number(graphqlStatus) : response.status
    expect(status, text.slice(0, 300)).toBe(c.status)
    if (c.hides) expect(text.match(c.hides)?.[0], text.slice(0, 1500)).toBeUndefined()
    const body = (() => {
      try {
        return JSON.parse(text) as Record<string, unknown>
      } catch {
        return {}
      }
    })()
    if (c.status >= 400) {
      const message = (body.errors as { message?: string }[] | undefined)?.[0]?.message ?? (body.message as string | undefined)
      expect(message, 'a refusal says why').toBeTruthy()
    } else if (c.path.startsWith('/api/graphql')) {
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined()
    }
    c.check?.(body)
  })

  test("the editor's lock is still there", async () => {
    const lock = await t.payload
      .findByID({ collection: 'payload-locked-documents', id: ids.editorLock, overrideAccess: true })
      .catch(() => null)
    expect(lock?.id).toBe(ids.editorLock)
  })
})
