import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { articleBodyEditor } from './collections/Articles/bodyEditor'
import { Authors } from './collections/Authors'
import { Media } from './collections/Media'
import { Sections } from './collections/Sections'
import { Tags } from './collections/Tags'
import { Users } from './collections/Users'
import { viewBeaconEndpoint } from './analytics/beacon'
import { PageViews } from './collections/PageViews'
import { databaseAdapter } from './db/adapter'
import { keepQueryPlannerStats } from './db/queryPlanner'
import { healthEndpoint } from './endpoints/health'
import { withApiGuards } from './hardening/guardApiReads'
import { limitGraphqlDepth } from './hardening/graphqlDepth'
import { uploadLimits } from './hardening/uploadLimits'
import { HomePage } from './globals/HomePage'
import { SiteSettings } from './globals/SiteSettings'
import { defaultLocale, localeLabels, locales } from './i18n/locales'
import { payloadSecret } from './utilities/payloadSecret'

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL || undefined,
  db: databaseAdapter(),
  editor: articleBodyEditor,
  sharp,
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' — Newsroom' },
    dateFormat: 'dd/MM/yyyy HH:mm',
  },
  i18n: {
    supportedLanguages: { vi, en, zh },
    fallbackLanguage: 'vi',
  },
  localization: {
    locales: locales.map((code) => ({ code, label: localeLabels[code] })),
    defaultLocale,
    // "Publish" publishes the edition being edited; "publish all locales" is a deliberate extra step.
    defaultLocalePublishOption: 'active',
    // Staff get Payload's usual fallback (and a request without ?locale means Vietnamese).
    // The public never does: guardPublicReads switches it off, so a missing translation stays
    // missing instead of showing the Vietnamese text as if it were English.
    fallback: true,
  },
  experimental: {
    localizeStatus: true,
  },
  collections: withApiGuards([Articles, Media, Sections, Tags, Authors, Users, PageViews]),
  upload: uploadLimits,
  globals: [HomePage, SiteSettings],
  endpoints: [healthEndpoint, viewBeaconEndpoint],
  graphQL: {
    maxComplexity: 1000,
    validationRules: () => [limitGraphqlDepth],
  },
  maxDepth: 4,
  typescript: {
    outputFile: 'src/payload-types.ts',
  },
  telemetry: false,
  onInit: keepQueryPlannerStats,
})
