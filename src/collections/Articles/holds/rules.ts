/**
 * An open editor page renews its hold every 5 s; a hold not renewed for 20 s is over (page closed
 * without saying so, laptop asleep), so a forgotten hold stands in nobody's way for long.
 */
export const holdRenewMs = 5_000
export const holdLifetimeMs = 20_000

export type Hold = { userId: number | string; userName: string; since: string; heartbeatAt: string }
export type HoldDecision = { kind: 'mine'; hold: Hold; takenOverFrom: Hold | null } | { kind: 'held'; hold: Hold }

export const isLive = (hold: Hold | null, now: number): hold is Hold =>
  Boolean(hold && now - Date.parse(hold.heartbeatAt) <= holdLifetimeMs)

/**
 * Pure: what asking for an edition does. Free (or held by me, or the holder's page has gone):
 * it is mine, and my hold keeps the time I started. Held by someone else: I see who, since when,
 * unless I explicitly take it over.
 */
export function decideHold(existing: Hold | null, me: { id: number | string; name: string }, now: number, takeOver: boolean): HoldDecision {
  const mine = (since: string): Hold => ({ userId: me.id, userName: me.name, since, heartbeatAt: new Date(now).toISOString() })
  if (!isLive(existing, now)) return { kind: 'mine', hold: mine(new Date(now).toISOString()), takenOverFrom: null }
  if (String(existing.userId) === String(me.id)) return { kind: 'mine', hold: mine(existing.since), takenOverFrom: null }
  if (takeOver) return { kind: 'mine', hold: mine(new Date(now).toISOString()), takenOverFrom: existing }
  return { kind: 'held', hold: existing }
}

/** Whether a save by `userId` must wait for someone else's hold on the edition. */
export function heldByOther(existing: Hold | null, userId: number | string, now: number): Hold | null {
  return isLive(existing, now) && String(existing.userId) !== String(userId) ? existing : null
}
