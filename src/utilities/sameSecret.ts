import { createHash, timingSafeEqual } from 'node:crypto'

const digest = (value: string) => createHash('sha256').update(value).digest()

/**
 * Whether a secret a caller sent matches the expected one, in constant time: both are hashed
 * first, so neither the content nor the length of the expected secret shows in the timing.
 */
export function sameSecret(given: string | null | undefined, expected: string): boolean {
  return timingSafeEqual(digest(given ?? ''), digest(expected))
}
