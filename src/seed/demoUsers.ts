import type { Role } from '@/access/roles'
import accounts from './demoUsers.json'

export type DemoUser = { email: string; password: string; name: string; role: Role }

/** Demo logins printed by `npm start` (scripts read the same JSON). Public on purpose: change them before going live. */
export const demoUsers = accounts as DemoUser[]
