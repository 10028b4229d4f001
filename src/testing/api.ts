import { handleEndpoints } from 'payload'

import { guardApiRequest } from '@/hardening/requestGuard'

/**
 * REST and GraphQL requests through the same handlers and route guards the app's route files use,
 * without a server: for the bad-input and access tables.
 */
export type ApiRequest = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  token?: string
  json?: unknown
  raw?: string | Uint8Array
  /** With `raw`: the Content-Type to send; null sends none. */
  contentType?: string | null
  headers?: Record<string, string>
  form?: FormData
  chunked?: boolean
}

export type Api = { send: (request: ApiRequest) => Promise<Response>; login: (email: string, password: string) => Promise<string> }

export async function apiHandlers(): Promise<Api> {
  const { default: config } = await import('@payload-config')
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const rest = guardApiRequest((request: Request) => handleEndpoints({ config, request }))
  const graphql = guardApiRequest(GRAPHQL_POST(config), { validateJson: true })

  const send = async (r: ApiRequest): Promise<Response> => {
    const headers = new Headers(r.headers)
    if (r.token) headers.set('authorization', `JWT ${r.token}`)
    // graphql-http answers 400 to invalid documents when the client accepts the GraphQL media type.
    if (!headers.has('accept')) headers.set('accept', 'application/graphql-response+json, application/json')
    const init: RequestInit & { duplex?: string } = { method: r.method ?? 'GET', headers }
    if (r.form) init.body = r.form
    else if (r.json !== undefined) {
      headers.set('content-type', 'application/json')
      init.body = JSON.stringify(r.json)
    } else if (r.raw !== undefined) {
      if (r.contentType !== null) headers.set('content-type', r.contentType ?? 'application/json')
      init.body = r.chunked ? streamOf(r.raw) : (r.raw as BodyInit)
      if (r.chunked) init.duplex = 'half'
    }
    const request = new Request(`http://localhost${r.path}`, init)
    return r.path.startsWith('/api/graphql') ? graphql(request) : rest(request)
  }

  const login = async (email: string, password: string): Promise<string> => {
    const response = await send({ method: 'POST', path: '/api/users/login', json: { email, password } })
    const body = (await response.json()) as { token?: string }
    if (!body.token) throw new Error(`login failed for ${email}: ${JSON.stringify(body)}`)
    return body.token
  }
  return { send, login }
}

function streamOf(data: string | Uint8Array): ReadableStream<Uint8Array> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 64 * 1024) controller.enqueue(bytes.subarray(i, i + 64 * 1024))
      controller.close()
    },
  })
}
