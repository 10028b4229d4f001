import { createHash, randomBytes } from 'node:crypto'

import { createClient } from 'redis'

/**
 * Which views count: one per visitor and article per hour, and at most `maxArticlesPerHour`
 * articles per visitor per hour (a script walking through ids is not a readership).
 *
 * A visitor is never stored or recognisable: it is a hash of the address and browser with a
 * salt that changes every day and is never written anywhere (as Plausible does), so yesterday's
 * visitor cannot be linked to today's, and no cookie is set.
 */
export const viewLimits = { windowSeconds: 3600, maxArticlesPerHour: 30 }

type Store = {
  /** True the first time `key` is claimed within `seconds`. */
  claim(key: string, seconds: number): Promise<boolean>
  /** Adds one to a counter that lives `seconds` from its first use; returns the new value. */
  bump(key: string, seconds: number): Promise<number>
  /** Today's salt, the same on every instance. */
  salt(day: string): Promise<string>
}

/** One process: a visitor sent to another instance may be counted there once more. */
export class MemoryStore implements Store {
  private claims = new Map<string, number>()
  private counters = new Map<string, { value: number; until: number }>()
  private salts = new Map<string, string>()

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 200_000,
  ) {}

  private prune(): void {
    if (this.claims.size + this.counters.size < this.maxEntries) return
    const now = this.now()
    for (const [key, until] of this.claims) if (until <= now) this.claims.delete(key)
    for (const [key, entry] of this.counters) if (entry.until <= now) this.counters.delete(key)
    // A flood of distinct visitors: forget the oldest rather than grow without bound.
    while (this.claims.size > this.maxEntries / 2) this.claims.delete(this.claims.keys().next().value as string)
    while (this.counters.size > this.maxEntries / 2) this.counters.delete(this.counters.keys().next().value as string)
  }

  async claim(key: string, seconds: number): Promise<boolean> {
    const now = this.now()
    const until = this.claims.get(key)
    if (until !== undefined && until > now) return false
    this.prune()
    this.claims.set(key, now + seconds * 1000)
    return true
  }

  async bump(key: string, seconds: number): Promise<number> {
    const now = this.now()
    const entry = this.counters.get(key)
    if (entry && entry.until > now) return ++entry.value
    this.prune()
    this.counters.set(key, { value: 1, until: now + seconds * 1000 })
    return 1
  }

  async salt(day: string): Promise<string> {
    let salt = this.salts.get(day)
    if (!salt) {
      this.salts.clear()
      salt = randomBytes(16).toString('hex')
      this.salts.set(day, salt)
    }
    return salt
  }
}

/** The few Redis commands the gate uses (node-redis's client has them). */
export type RedisCommands = {
  set(key: string, value: string, options: { NX: true; EX: number }): Promise<unknown>
  incr(key: string): Promise<number>
  expire(key: string, seconds: number): Promise<unknown>
  get(key: string): Promise<unknown>
}

/** Shared by every instance (REDIS_URL): once per visitor and article across the cluster. */
export class RedisStore implements Store {
  constructor(private readonly client: RedisCommands) {}

  async claim(key: string, seconds: number): Promise<boolean> {
    return (await this.client.set(`newsroom:pv:seen:${key}`, '1', { NX: true, EX: seconds })) === 'OK'
  }

  async bump(key: string, seconds: number): Promise<number> {
    const name = `newsroom:pv:n:${key}`
    const value = await this.client.incr(name)
    if (value === 1) await this.client.expire(name, seconds)
    return value
  }

  async salt(day: string): Promise<string> {
    const name = `newsroom:pv:salt:${day}`
    await this.client.set(name, randomBytes(16).toString('hex'), { NX: true, EX: 2 * 86_400 })
    return String((await this.client.get(name)) ?? '')
  }
}

export type Reader = { address: string; userAgent: string }

export class ViewGate {
  constructor(
    private readonly store: Store,
    private readonly limits = viewLimits,
  ) {}

  private async visitor(reader: Reader, at: Date): Promise<string> {
    const day = at.toISOString().slice(0, 10)
    const salt = await this.store.salt(day)
    return createHash('sha256').update(`${salt}\n${reader.address}\n${reader.userAgent}`).digest('hex').slice(0, 32)
  }

  /** Should this view count? Claims it when it does. */
  async admit(reader: Reader, article: number | string, at = new Date()): Promise<boolean> {
    const visitor = await this.visitor(reader, at)
    const { windowSeconds, maxArticlesPerHour } = this.limits
    if (!(await this.store.claim(`${visitor}:${article}`, windowSeconds))) return false
    return (await this.store.bump(visitor, windowSeconds)) <= maxArticlesPerHour
  }
}

/** The reader's address: the proxy in front sets X-Forwarded-For to it (deploy/varnish), Next to the socket's. */
export function readerOf(headers: Headers): Reader {
  const address = (headers.get('x-forwarded-for') ?? '').split(',')[0]?.trim() || 'unknown'
  return { address, userAgent: headers.get('user-agent') ?? '' }
}

const globalForGate = globalThis as typeof globalThis & { newsroomViewGate?: ViewGate }

/** One gate per process: shared through Redis when REDIS_URL is set, in memory otherwise. */
export function viewGate(env: NodeJS.ProcessEnv = process.env): ViewGate {
  if (globalForGate.newsroomViewGate) return globalForGate.newsroomViewGate
  const memory = new MemoryStore()
  let store: Store = memory
  if (env.REDIS_URL) {
    const client = createClient({ url: env.REDIS_URL })
    client.on('error', () => undefined)
    const redis = new RedisStore(client)
    const connected = client.connect().then(
      () => true,
      () => false,
    )
    // Until Redis answers (or when it does not), this instance decides alone rather than count everything.
    const fallback = async <T>(act: (s: Store) => Promise<T>): Promise<T> => {
      if (!(await connected) || !client.isReady) return act(memory)
      return act(redis).catch(() => act(memory))
    }
    store = {
      claim: (key, seconds) => fallback((s) => s.claim(key, seconds)),
      bump: (key, seconds) => fallback((s) => s.bump(key, seconds)),
      salt: (day) => fallback((s) => s.salt(day)),
    }
  }
  globalForGate.newsroomViewGate = new ViewGate(store)
  return globalForGate.newsroomViewGate
}
