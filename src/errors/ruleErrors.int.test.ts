import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createSection, createStaff, pngImage } from '@/testing/fixtures'
import { startTestPayload, type TestPayload } from '@/testing/payload'

/**
 * What a refused write answers over REST: the status, the field it concerns and the message
 * saying what to fix, in the language the person works in (here from Accept-Language; the admin
 * sends its own language the same way), for each rule the collections enforce.
 */
let t: TestPayload
let payload: Payload
let rest: (request: Request) => Promise<Response>
const tokens = { editor: '', reporter: '' }
const ids = { draft: 0, taken: 0, photo: 0, withPhoto: 0, placement: 0, article: 0 }
let sectionId = 0

type Language = 'vi' | 'en' | 'zh'
type Answer = { status: number; body: { errors?: { message?: string; data?: { errors?: { path: string; message: string }[] } }[] } }

async function call(method: string, path: string, body: unknown, token: string, language: Language): Promise<Answer> {
  const headers = new Headers({ 'content-type': 'application/json', 'accept-language': language, authorization: `JWT ${token}` })
  const response = await rest(new Request(`http://localhost${path}`, { method, headers, body: JSON.stringify(body) }))
  return { status: response.status, body: (await response.json()) as Answer['body'] }
}

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()

beforeAll(async () => {
  t = await startTestPayload()
  payload = t.payload
  const { default: config } = await import('@payload-config')
  rest = (request: Request) => handleEndpoints({ config, request })
  for (const role of ['editor', 'reporter'] as const) {
    const user = await createStaff(payload, role)
    const login = await rest(
      new Request('http://localhost/api/users/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: 'test-password-1' }),
      }),
    )
    tokens[role] = ((await login.json()) as { token: string }).token
  }
  sectionId = (await createSection(payload)).id
  const draft = (title: string, slug?: string) =>
    payload.create({ collection: 'articles', locale: 'vi', draft: true, data: { title, slug, section: sectionId, _status: 'draft' } })
  ids.draft = (await draft('Bài nháp để thử lỗi')).id
  ids.taken = (await draft('Bài giữ đường dẫn', 'duong-dan-da-dung')).id
  const image = await pngImage()
  ids.photo = (
    await payload.create({
      collection: 'media',
      locale: 'vi',
      data: { alt: 'Bến Nhà Rồng', credit: 'Lâm Khánh' },
      file: { data: image, name: 'ben-nha-rong.png', mimetype: 'image/png', size: image.length },
    })
  ).id
  ids.withPhoto = (await draft('Bài có ảnh chưa có mô tả tiếng Anh')).id
  await payload.update({
    collection: 'articles',
    id: ids.withPhoto,
    locale: 'en',
    draft: true,
    data: { title: 'No alt', heroImage: ids.photo },
  })
  ids.placement = (await payload.create({ collection: 'placements', data: { key: 'recommended', rule: 'latest' } })).id
})
afterAll(async () => t?.close())

type Rule = {
  name: string
  request: () => { method: string; path: string; body: unknown; token: string }
  status: number
  path: string
  messages: Record<Language, RegExp>
}

const rules: Rule[] = [
  {
    name: 'a reporter schedules an edition',
    request: () => ({
      method: 'PATCH',
      path: `/api/articles/${ids.draft}?locale=vi&draft=true`,
      body: { workflowState: 'scheduled', scheduledFor: inMinutes(60) },
      token: tokens.reporter,
    }),
    status: 403,
    path: 'workflowState',
    messages: { vi: /Chỉ biên tập viên được hẹn giờ đăng/, en: /Only editors can schedule/, zh: /只有编辑可以设置、修改或取消定时发布/ },
  },
  {
    name: 'scheduled without a time',
    request: () => ({
      method: 'PATCH',
      path: `/api/articles/${ids.draft}?locale=vi&draft=true`,
      body: { workflowState: 'scheduled' },
      token: tokens.editor,
    }),
    status: 400,
    path: 'scheduledFor',
    messages: { vi: /Hãy chọn thời điểm đăng/, en: /Choose when this edition should be published/, zh: /请选择本版本的发布时间/ },
  },
  {
    name: 'scheduled in the past',
    request: () => ({
      method: 'PATCH',
      path: `/api/articles/${ids.draft}?locale=vi&draft=true`,
      body: { workflowState: 'scheduled', scheduledFor: inMinutes(-5) },
      token: tokens.editor,
    }),
    status: 400,
    path: 'scheduledFor',
    messages: { vi: /Giờ hẹn đăng đã qua/, en: /has already passed/, zh: /定时发布时间已过/ },
  },
  {
    name: '"published" picked by hand',
    request: () => ({
      method: 'PATCH',
      path: `/api/articles/${ids.draft}?locale=vi&draft=true`,
      body: { workflowState: 'published' },
      token: tokens.editor,
    }),
    status: 400,
    path: 'workflowState',
    messages: { vi: /nút Đăng và Gỡ bài/, en: /Use the Publish \/ Unpublish buttons/, zh: /不能手动选择/ },
  },
  {
    name: 'publishing while the hero photo has no alt text in the edition’s language',
    request: () => ({
      method: 'PATCH',
      path: `/api/articles/${ids.withPhoto}?locale=en&publishSpecificLocale=en`,
      body: { _status: 'published' },
      token: tokens.editor,
    }),
    status: 400,
    path: 'heroImage',
    messages: {
      vi: /Ảnh "ben-nha-rong\.png" .* cần mô tả ảnh \(alt\) bằng tiếng Anh trước khi đăng/,
      en: /Photo "ben-nha-rong\.png" .* needs alt text in en before this edition can be published/,
      zh: /图片“ben-nha-rong\.png”.*需要填写英语替代文字/,
    },
  },
  {
    // Drafts are not validated (autosave keeps half-typed work); publishing is.
    name: 'publishing with a source address that is not http(s)',
    request: () => ({
      method: 'PATCH',
      path: `/api/articles/${ids.draft}?locale=vi&publishSpecificLocale=vi`,
      body: { source: { outlet: 'Vietnam+', url: 'ftp://vietnamplus.vn/bai' }, _status: 'published' },
      token: tokens.editor,
    }),
    status: 400,
    path: 'source.url',
    messages: { vi: /địa chỉ đầy đủ, bắt đầu bằng https:\/\//, en: /Enter a full http\(s\):\/\/ address/, zh: /完整网址/ },
  },
  {
    name: 'a slug another article uses',
    request: () => ({
      method: 'PATCH',
      path: `/api/articles/${ids.draft}?locale=vi&draft=true`,
      body: { slug: 'duong-dan-da-dung' },
      token: tokens.editor,
    }),
    status: 400,
    path: 'slug',
    messages: { vi: /Đường dẫn "duong-dan-da-dung" đã được một bài khác dùng/, en: /already used by another article/, zh: /已被另一篇/ },
  },
  {
    name: 'a placement pick expiring in the past',
    request: () => ({
      method: 'PATCH',
      path: `/api/placements/${ids.placement}`,
      body: { picks: [{ article: ids.draft, expiresAt: inMinutes(-60) }] },
      token: tokens.editor,
    }),
    status: 400,
    path: 'picks.0.expiresAt',
    messages: { vi: /Thời điểm hết hạn đã qua/, en: /This expiry time has already passed/, zh: /到期时间已过/ },
  },
  {
    name: 'a second placement for the same list and scope',
    request: () => ({ method: 'POST', path: '/api/placements', body: { key: 'recommended', rule: 'latest' }, token: tokens.editor }),
    status: 400,
    path: 'key',
    messages: {
      vi: new RegExp(`Đã có vị trí tin chọn .*#\\d+`),
      en: /already exists \(#\d+\)\. Edit that one/,
      zh: /此列表和范围已有推荐位/,
    },
  },
  {
    name: 'a tag rule without a tag',
    request: () => ({ method: 'PATCH', path: `/api/placements/${ids.placement}`, body: { rule: 'tag' }, token: tokens.editor }),
    status: 400,
    path: 'ruleTag',
    messages: { vi: /Hãy chọn thẻ/, en: /Choose the tag/, zh: /请选择用于填充空位的标签/ },
  },
  {
    name: 'a photo without credit or agency',
    request: () => ({ method: 'PATCH', path: `/api/media/${ids.photo}?locale=vi`, body: { credit: '', agency: '' }, token: tokens.editor }),
    status: 400,
    path: 'credit',
    messages: { vi: /Ảnh cần ghi tác giả ảnh, hãng ảnh/, en: /A photo needs a credit/, zh: /图片需要注明摄影者/ },
  },
  {
    name: 'a hand-made redirect from an address that is not an article’s',
    request: () => ({
      method: 'POST',
      path: '/api/redirects',
      body: { from: '/vi/chi-mot-cap', to: { type: 'custom', url: '/vi' } },
      token: tokens.editor,
    }),
    status: 400,
    path: 'from',
    messages: { vi: /Địa chỉ cũ phải là địa chỉ của một bài/, en: /An old address must be an article's/, zh: /旧地址必须是文章的地址/ },
  },
  {
    name: 'a hand-made redirect to something that is neither a path nor a web address',
    request: () => ({
      method: 'POST',
      path: '/api/redirects',
      body: { from: '/vi/thoi-su/bai-cu-khong-co', to: { type: 'custom', url: 'vi/thoi-su' } },
      token: tokens.editor,
    }),
    status: 400,
    path: 'to.url',
    messages: { vi: /Hãy nhập một đường dẫn trên trang/, en: /Enter a site path/, zh: /请输入本站路径/ },
  },
]

describe.each(rules)('$name', (rule) => {
  test.each(['vi', 'en', 'zh'] as const)('answers %s: status, field and what to fix', async (language) => {
    const { method, path, body, token } = rule.request()
    const answer = await call(method, path, body, token, language)
    expect(answer.status).toBe(rule.status)
    const error = answer.body.errors?.[0]
    const onField = error?.data?.errors?.find((entry) => entry.path === rule.path)
    expect(onField?.message, JSON.stringify(answer.body)).toMatch(rule.messages[language])
    expect(error?.message).toBeTruthy()
  })
})

test('a refusal changes nothing', async () => {
  const article = await payload.findByID({ collection: 'articles', id: ids.draft, locale: 'vi', draft: true, depth: 0 })
  expect(article.workflowState).toBe('draft')
  expect(article.slug).not.toBe('duong-dan-da-dung')
  expect(article.source?.url ?? null).toBeNull()
  const placement = await payload.findByID({ collection: 'placements', id: ids.placement, depth: 0 })
  expect(placement.picks ?? []).toHaveLength(0)
})

test('a refusal the rule writes is itself the message, not "The following field is invalid"', async () => {
  const answer = await call('PATCH', `/api/articles/${ids.draft}?locale=vi&draft=true`, { workflowState: 'scheduled' }, tokens.editor, 'vi')
  expect(answer.body.errors?.[0]?.message).toBe('Hãy chọn thời điểm đăng bản này.')
})
