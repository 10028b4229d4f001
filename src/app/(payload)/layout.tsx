/* Payload's admin shell. Generated shape; keep in step with @payloadcms/next. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import type { ServerFunctionClient } from 'payload'
import type React from 'react'

import { guardServerFunction } from '@/hardening/serverFunctions'
import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = { children: React.ReactNode }

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  // Without a login (or with a refused one) the answer is a 401/403/404, not a 500.
  const { cookiePrefix } = await config
  return guardServerFunction(args.name, cookiePrefix, () => handleServerFunctions({ ...args, config, importMap }))
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
