/** The development fallback: public on purpose, refused in production. */
export const developmentSecret = 'newsroom-development-secret-do-not-use-in-production'

/** Values copied from templates and tutorials: anyone could sign a login with them. */
const knownDefaults = new Set([developmentSecret, 'YOUR_SECRET_HERE', 'secret', 'changeme', 'change-me', 'payload', 'password'])
export const minimumSecretLength = 16

/** Why this secret may not run a production server, or undefined when it may. */
export function secretProblem(secret: string | undefined): string | undefined {
  const value = secret?.trim()
  if (!value) return 'PAYLOAD_SECRET is required in production (npm start creates one in data/.secret).'
  if (knownDefaults.has(value)) return 'PAYLOAD_SECRET is a public default value; set a secret of your own.'
  if (value.length < minimumSecretLength)
    return `PAYLOAD_SECRET is too short (${value.length} characters; at least ${minimumSecretLength}).`
  return undefined
}

/**
 * Payload signs logins with this secret. `npm start` generates one into data/ on first run;
 * a production server never starts with a missing, short or publicly known value.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  const building = env.NEXT_PHASE === 'phase-production-build'
  if (env.NODE_ENV === 'production' && !building) {
    const problem = secretProblem(secret)
    if (problem) throw new Error(problem)
  }
  return secret || developmentSecret
}
