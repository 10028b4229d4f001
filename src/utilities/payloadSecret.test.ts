import { describe, expect, test } from 'vitest'

import { developmentSecret, payloadSecret } from './payloadSecret'

const production = (PAYLOAD_SECRET?: string) => ({ NODE_ENV: 'production', PAYLOAD_SECRET }) as NodeJS.ProcessEnv

describe('PAYLOAD_SECRET in production', () => {
  test.each([
    ['missing', undefined, /required/],
    ['blank', '   ', /required/],
    ['the development value', developmentSecret, /public default/],
    ["Payload's template value", 'YOUR_SECRET_HERE', /public default/],
    ['too short', 'abc123', /too short/],
  ])('%s is refused', (_name, secret, message) => {
    expect(() => payloadSecret(production(secret))).toThrow(message)
  })

  test('a generated secret is used', () => {
    expect(payloadSecret(production('3f1c0a9e8b7d6c5b4a3f2e1d0c9b8a7f'))).toBe('3f1c0a9e8b7d6c5b4a3f2e1d0c9b8a7f')
  })

  test('the build step does not need it', () => {
    expect(payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' } as NodeJS.ProcessEnv)).toBe(developmentSecret)
  })

  test('development falls back to the public development value', () => {
    expect(payloadSecret({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)).toBe(developmentSecret)
  })
})
