import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { signInThrottled, type SignInRefusal } from '@/errors/messages'
import { adminLanguage, type AdminLanguage } from '@/errors/refuse'

/**
 * Sign-in throttling instead of Payload's account lockout. Payload locked an account for ten
 * minutes after five wrong passwords from anyone, so five requests every ten minutes kept an
 * editor out for good. Here failures slow down whoever makes them:
 * - one address trying one account: 5 failures per 15 minutes, then refused until the window moves;
 * - one address trying many accounts: 30 failures per 15 minutes;
 * - one account from anywhere: after 10 failures, one attempt per 5 seconds. The owner is slowed
 *   for a few seconds at most, never locked out; a distributed guesser gets 12 tries a minute.
 * Counters live in this process's memory (one app instance; reset by a restart).
 */
export const throttle = {
  windowMs: 15 * 60 * 1000,
  perAddressAndAccount: 5,
  perAddress: 30,
  accountSlowAfter: 10,
  accountIntervalMs: 5_000,
  maxKeys: 50_000,
}

type Entry = { failures: number[]; lastAttempt: number }
const entries = new Map<string, Entry>()

function entry(key: string, now: number): Entry {
  let found = entries.get(key)
  if (!found) {
    if (entries.size >= throttle.maxKeys) entries.delete(entries.keys().next().value!)
    found = { failures: [], lastAttempt: 0 }
    entries.set(key, found)
  }
  found.failures = found.failures.filter((at) => now - at < throttle.windowMs)
  return found
}

/** The address the nearest proxy saw (the last X-Forwarded-For entry; Next sets it when there is no proxy). */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const forwarded = req.headers.get('x-forwarded-for')?.split(',').pop()?.trim()
  return forwarded || req.headers.get('x-real-ip')?.trim() || 'unknown'
}

const accountOf = (data: unknown): string => {
  const email = data && typeof data === 'object' ? (data as { email?: unknown }).email : undefined
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

const keys = (address: string, account: string) => ({
  pair: `pair:${address}:${account}`,
  address: `addr:${address}`,
  account: `acct:${account}`,
})

function refuse(waitMs: number, why: SignInRefusal, language: AdminLanguage): never {
  throw new APIError(signInThrottled(language, why, waitMs), 429, null, true)
}

/** Refuses the attempt if a limit is reached; otherwise counts it as a failure until afterLogin says otherwise. */
export function checkAndCount(address: string, account: string, now = Date.now(), language: AdminLanguage = 'en'): void {
  const k = keys(address, account)
  const pair = entry(k.pair, now)
  if (pair.failures.length >= throttle.perAddressAndAccount) {
    refuse(pair.failures[0] + throttle.windowMs - now, 'pair', language)
  }
  const byAddress = entry(k.address, now)
  if (byAddress.failures.length >= throttle.perAddress) {
    refuse(byAddress.failures[0] + throttle.windowMs - now, 'address', language)
  }
  const byAccount = entry(k.account, now)
  if (byAccount.failures.length >= throttle.accountSlowAfter && now - byAccount.lastAttempt < throttle.accountIntervalMs) {
    refuse(byAccount.lastAttempt + throttle.accountIntervalMs - now, 'account', language)
  }
  for (const counted of [pair, byAddress, byAccount]) {
    counted.failures.push(now)
    counted.lastAttempt = now
  }
}

/** A successful sign-in is not a failure: it clears the address's count for the account. */
export function forgetFailure(address: string, account: string): void {
  const k = keys(address, account)
  entries.delete(k.pair)
  entries.get(k.address)?.failures.pop()
  entries.get(k.account)?.failures.pop()
}

export function resetThrottle(): void {
  entries.clear()
}

const derive = promisify(pbkdf2)

/**
 * An unknown e-mail costs the same as a known one: Payload answered it without hashing (24 ms
 * against 150–270 ms), which told anyone which addresses have accounts. The parameters are those
 * of Payload's current password hashes.
 */
async function hashLikeAKnownAccount(password: unknown): Promise<void> {
  await derive(typeof password === 'string' ? password : '', randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}

export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { password?: unknown } }).data
  const account = accountOf(data)
  checkAndCount(clientAddress(req), account, Date.now(), adminLanguage(req))
  const known = account ? await req.payload.db.findOne({ collection: 'users', req, where: { email: { equals: account } } }) : null
  if (!known) await hashLikeAKnownAccount(data?.password)
  return args
}

export const clearThrottleOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  forgetFailure(
    clientAddress(req),
    String((user as { email?: unknown }).email ?? '')
      .toLowerCase()
      .trim(),
  )
}
