import config from '@payload-config'
import '@payloadcms/next/css'
import { guardApiRequest } from '@/hardening/requestGuard'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

export const GET = guardApiRequest(REST_GET(config))
export const POST = guardApiRequest(REST_POST(config))
export const DELETE = guardApiRequest(REST_DELETE(config))
export const PATCH = guardApiRequest(REST_PATCH(config))
export const PUT = guardApiRequest(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
