/**
 * The bad-input table: one row per hostile or malformed request. Add rows here as features land
 * (preview links, job runner, search, feeds). Each row is sent through the same route guards the
 * app uses; the suite then checks the status, that an error message is given, and that nothing in
 * the database or the media folder changed.
 */
export type As = 'public' | 'editor' | 'reporter'

export type BadInputCase = {
  name: string
  as?: As
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Path and query; `{article}`, `{section}` are replaced by ids of the fixture documents. */
  path: string
  /** JSON body, a raw string/bytes body, or an upload (multipart). */
  json?: unknown
  raw?: string | Uint8Array
  /** With `raw`: the Content-Type to send (JSON when not given); null sends none. */
  contentType?: string | null
  headers?: Record<string, string>
  upload?: { file: () => Promise<Buffer> | Buffer; name: string; type: string; data?: Record<string, unknown> }
  /** Send the body without Content-Length (chunked). */
  chunked?: boolean
  status: number
  /** Extra check on the parsed JSON answer. */
  check?: (body: Record<string, unknown>) => void
}

export const graphql = (query: string) => ({ method: 'POST' as const, path: '/api/graphql', json: { query } })
