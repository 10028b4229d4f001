import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

type TransactionId = number | string
type Callback = () => Promise<void> | void

/** Work waiting for a transaction to commit, per transaction id; dropped if it rolls back. */
const waiting = new Map<TransactionId, Callback[]>()

async function runAll(callbacks: Callback[] | undefined): Promise<void> {
  for (const callback of callbacks ?? []) {
    try {
      await callback()
    } catch (error) {
      // The write is committed; a failed follow-up (a cache refresh) must not turn it into an error.
      console.error('after-commit work failed:', error)
    }
  }
}

/**
 * Runs `callback` once the request's transaction has committed, or at once when the request has
 * none. Hooks run inside the transaction: a cache expired there can be refilled by a reader with
 * the old copy before the new one is visible, so cache invalidation waits for the commit.
 */
export async function afterCommit(req: PayloadRequest, callback: Callback): Promise<void> {
  const id = await req.transactionID
  if (id === undefined || id === null || !waiting.has(id)) {
    await runAll([callback])
    return
  }
  waiting.get(id)?.push(callback)
}

/** Wraps an adapter's transactions so that afterCommit() callbacks run after a commit, never after a rollback. */
function trackTransactions(db: BaseDatabaseAdapter): BaseDatabaseAdapter {
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.beginTransaction = async (options) => {
    const id = await begin(options)
    if (id !== null && id !== undefined) waiting.set(id, [])
    return id
  }
  db.commitTransaction = async (id) => {
    const key = await id
    await commit(id)
    const callbacks = waiting.get(key)
    waiting.delete(key)
    await runAll(callbacks)
  }
  db.rollbackTransaction = async (id) => {
    waiting.delete(await id)
    await rollback(id)
  }
  return db
}

export function withAfterCommit(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  const init = adapter.init
  return { ...adapter, init: (args) => trackTransactions(init(args)) }
}
