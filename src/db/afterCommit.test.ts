import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'
import { expect, test } from 'vitest'

import { afterCommit, withAfterCommit } from './afterCommit'

/**
 * The embedded SQLite adapter runs without transactions (each write commits at once); MongoDB runs
 * every save in one. A stand-in with transactions shows the order on the adapters that have them.
 */
function adapterWithTransactions() {
  let next = 1
  const log: string[] = []
  const db = {
    beginTransaction: async () => next++,
    commitTransaction: async (id: number | string | Promise<number | string>) => void log.push(`commit ${String(await id)}`),
    rollbackTransaction: async (id: number | string | Promise<number | string>) => void log.push(`rollback ${String(await id)}`),
  } as unknown as BaseDatabaseAdapter
  const adapter = withAfterCommit({ init: () => db, defaultIDType: 'number', name: 'stand-in' } as unknown as DatabaseAdapterObj)
  return { db: adapter.init({ payload: {} as Payload }), log }
}

const requestIn = (transactionID?: number | string) => ({ transactionID, context: {} }) as unknown as PayloadRequest

test('work registered inside a transaction runs after its commit, never after a rollback', async () => {
  const { db, log } = adapterWithTransactions()
  const committed = (await db.beginTransaction()) as number
  await afterCommit(requestIn(committed), () => void log.push('cache expired'))
  expect(log).toEqual([])
  await db.commitTransaction(committed)
  expect(log).toEqual([`commit ${committed}`, 'cache expired'])

  const rolledBack = (await db.beginTransaction()) as number
  await afterCommit(requestIn(rolledBack), () => void log.push('never'))
  await db.rollbackTransaction(rolledBack)
  expect(log).toEqual([`commit ${committed}`, 'cache expired', `rollback ${rolledBack}`])
})

test('without a transaction (the embedded SQLite database) the work runs at once', async () => {
  const ran: string[] = []
  await afterCommit(requestIn(undefined), () => void ran.push('at once'))
  expect(ran).toEqual(['at once'])
})
