/**
 * Login cookies are sent over HTTPS only in production. SECURE_COOKIES=false is the one way out,
 * for tests and local demos served over plain http.
 */
export function secureCookies(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' && env.SECURE_COOKIES !== 'false'
}
