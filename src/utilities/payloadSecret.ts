/** The development fallback: public on purpose, refused in production. */
export const developmentSecret = 'newsroom-development-secret-do-not-use-in-production'

/**
 * Payload signs logins with this secret. `npm start` generates one into data/ on first run;
 * a production server never starts with the public development value.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) {
    if (env.NODE_ENV === 'production' && secret === developmentSecret) {
      throw new Error('PAYLOAD_SECRET is the public development value; set a secret of your own.')
    }
    return secret
  }
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('PAYLOAD_SECRET is required in production (npm start creates one in data/.secret).')
  }
  return developmentSecret
}
