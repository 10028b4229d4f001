import config from '@payload-config'
import { guardApiRequest } from '@/hardening/requestGuard'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

export const POST = guardApiRequest(GRAPHQL_POST(config), { validateJson: true })
export const OPTIONS = REST_OPTIONS(config)
