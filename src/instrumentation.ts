/**
 * Starts Payload with its crons when the server starts, so the job queue (scheduled publishing,
 * the missed-schedule sweep) runs without waiting for someone to open the admin.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEWSROOM_JOBS === 'off') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
