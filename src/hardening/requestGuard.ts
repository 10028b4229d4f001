import { locales } from '@/i18n/locales'
import { graphqlDocumentProblem } from './graphqlDocument'

/**
 * Limits checked before Payload parses a request. Payload reads JSON bodies whole and parses
 * `where`/`data` query strings with JSON.parse, so a huge body or a malformed parameter would
 * otherwise reach it as memory pressure or a 500.
 */
export const requestLimits = {
  /** JSON and form bodies: a long article with all its blocks is well under 1 MB. */
  maxJsonBytes: 2 * 1024 * 1024,
  /** Multipart uploads: the file limit (src/hardening/uploadLimits.ts) plus room for the form fields. */
  maxMultipartBytes: 26 * 1024 * 1024,
}

/** Query parameters Payload reads as one value; a second copy used to reach the database as an array. */
const singleValued = [
  'limit',
  'page',
  'depth',
  'locale',
  'fallback-locale',
  'fallbackLocale',
  'draft',
  'where',
  'data',
  'pagination',
  'trash',
]
const wholeNumbers = ['limit', 'page', 'depth']
const jsonObjects = ['where', 'data']

export class BadRequest extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 413 | 415 = 400,
  ) {
    super(message)
  }
}

/** Why a query string is refused, or undefined when it is acceptable. */
export function checkQuery(search: URLSearchParams): string | undefined {
  for (const name of singleValued) {
    const count = search.getAll(name).length
    if (count > 1) return `"${name}" was given ${count} times; give it once.`
  }
  for (const name of wholeNumbers) {
    const value = search.get(name)
    if (value !== null && !/^-?\d{1,9}$/.test(value.trim())) return `"${name}" must be a whole number, not "${value.slice(0, 40)}".`
  }
  const locale = search.get('locale')
  if (locale !== null && locale !== 'all' && !(locales as readonly string[]).includes(locale)) {
    return `Unknown locale "${locale.slice(0, 40)}"; use ${locales.join(', ')}.`
  }
  for (const name of jsonObjects) {
    const value = search.get(name)
    if (value === null || value === '') continue
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch {
      return `"${name}" must be a JSON object or bracket notation (${name}[field][equals]=…).`
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return `"${name}" must be an object.`
  }
  return undefined
}

function bodyLimit(request: Request): number {
  const type = request.headers.get('content-type') ?? ''
  return type.startsWith('multipart/form-data') ? requestLimits.maxMultipartBytes : requestLimits.maxJsonBytes
}

/** Reads a body of unknown length up to `limit` bytes, refusing it beyond. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array> {
  const reader = request.body!.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new BadRequest(`The request body is larger than ${limit} bytes.`, 413)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The origins a browser page of this site has: the Host it asked (or the proxy forwarded) and SERVER_URL. */
function ownOrigins(request: Request): Set<string> {
  const url = new URL(request.url)
  const hosts = [request.headers.get('host'), request.headers.get('x-forwarded-host')?.split(',')[0]?.trim(), url.host]
  const origins = new Set<string>()
  for (const host of hosts) {
    if (!host) continue
    origins.add(`http://${host}`)
    origins.add(`https://${host}`)
  }
  const configured = process.env.SERVER_URL?.trim()
  if (configured) {
    try {
      origins.add(new URL(configured).origin)
    } catch {
      // A malformed SERVER_URL adds nothing.
    }
  }
  return origins
}

/**
 * Cross-site request forgery: a page on another site can make the reader's browser send a
 * cookie-authenticated write. Payload compares Origin only with its `csrf` list, which is empty
 * without SERVER_URL, so any site could post as a logged-in editor. Browsers always name the
 * origin of a write (Origin, or Sec-Fetch-Site); a foreign one is refused whatever the configuration.
 */
export function crossSiteProblem(request: Request): string | undefined {
  if (safeMethods.has(request.method.toUpperCase())) return undefined
  const origin = request.headers.get('origin')
  if (origin === null) {
    return request.headers.get('sec-fetch-site') === 'cross-site' ? 'Cross-site writes are refused.' : undefined
  }
  // "null" (sandboxed frames, file: pages) and anything unparsable count as foreign.
  const normalised = URL.canParse(origin) ? new URL(origin).origin : undefined
  if (!normalised || !ownOrigins(request).has(normalised)) return `Cross-site writes are refused (Origin "${origin.slice(0, 60)}").`
  return undefined
}

/** The request Payload may see, or a BadRequest. Bodies without a length are buffered within the limit. */
export async function checkRequest(request: Request): Promise<Request> {
  const crossSite = crossSiteProblem(request)
  if (crossSite) throw new BadRequest(crossSite, 403)
  const problem = checkQuery(new URL(request.url).searchParams)
  if (problem) throw new BadRequest(problem)
  if (!request.body || request.method === 'GET' || request.method === 'HEAD') return request
  const limit = bodyLimit(request)
  const declared = request.headers.get('content-length')
  if (declared !== null) {
    if (!/^\d+$/.test(declared)) throw new BadRequest('Content-Length is not a number.')
    if (Number(declared) > limit) throw new BadRequest(`The request body is larger than ${limit} bytes.`, 413)
    if (!isMultipart(request)) return request
  }
  const body = await readCapped(request, limit)
  if (isMultipart(request)) await checkMultipart(request.headers.get('content-type')!, body)
  return rebuild(request, body)
}

const isMultipart = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/')

/**
 * Payload's multipart reader answered a form without a boundary, a broken form or a `_payload`
 * that is not JSON with a 500. The form is read once here (within the size limit) to say why.
 */
async function checkMultipart(contentType: string, body: Uint8Array): Promise<void> {
  if (!/;\s*boundary=/i.test(contentType)) throw new BadRequest('A multipart form needs a boundary in its Content-Type.')
  let form: FormData
  try {
    form = await new Response(body as BodyInit, { headers: { 'content-type': contentType } }).formData()
  } catch {
    throw new BadRequest('The multipart form is malformed.')
  }
  const data = form.get('_payload')
  if (typeof data !== 'string') return
  let parsed: unknown
  try {
    parsed = JSON.parse(data)
  } catch {
    throw new BadRequest('"_payload" must be JSON.')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new BadRequest('"_payload" must be a JSON object.')
}

/** GraphQL's handler parses its JSON body outside its own error handling: a broken body was a 500. */
async function checkJsonBody(request: Request): Promise<Request> {
  if (!request.body || !(request.headers.get('content-type') ?? '').includes('json')) return request
  const text = await request.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new BadRequest('The request body is not valid JSON.')
  }
  const query = parsed && typeof parsed === 'object' ? (parsed as { query?: unknown }).query : undefined
  const problem = typeof query === 'string' ? graphqlDocumentProblem(query) : undefined
  if (problem) throw new BadRequest(problem)
  return rebuild(request, text)
}

/**
 * A copy of the request with its body already read. Built from url, method and headers: Next's
 * request objects come from another Request class, so `new Request(request)` would throw.
 */
function rebuild(request: Request, body: Uint8Array | string): Request {
  const empty = typeof body === 'string' ? body.length === 0 : body.byteLength === 0
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: empty ? undefined : (body as BodyInit),
    signal: request.signal,
  })
}

/** Wraps a Payload route handler (REST or GraphQL) with the checks above; refusals are JSON in Payload's error shape. */
export function guardApiRequest<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
  { validateJson = false }: { validateJson?: boolean } = {},
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    let checked: Request
    try {
      checked = await checkRequest(request)
      if (validateJson) checked = await checkJsonBody(checked)
    } catch (error) {
      if (!(error instanceof BadRequest)) throw error
      return Response.json({ errors: [{ message: error.message }] }, { status: error.status })
    }
    return handler(checked, ...rest)
  }
}
