// The demo logins as printed by npm start: the same file the seed creates them from.
import { readFileSync } from 'node:fs'

import { root } from './lib.mjs'

export function demoLogins() {
  const users = JSON.parse(readFileSync(`${root}/src/seed/demoUsers.json`, 'utf8'))
  const rows = users.map((u) => `  ${u.role.padEnd(11)} ${u.email.padEnd(26)} ${u.password}`)
  return ['Demo logins for /admin (role, e-mail, password):', ...rows].join('\n')
}
