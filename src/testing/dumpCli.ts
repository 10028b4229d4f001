// Writes dumpNewsroom() of the database DATABASE_URI names to the file given as argument.
import { writeFile } from 'node:fs/promises'

import { getPayload, type Migration } from 'payload'

import config from '@payload-config'
import { migrations } from '@/db/migrations'
import { dumpNewsroom } from './dump'

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
const dump = await dumpNewsroom(payload)
await writeFile(process.argv[2], JSON.stringify(dump))
await payload.destroy()
process.exit(0)
