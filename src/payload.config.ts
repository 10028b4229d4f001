import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { EditionHolds } from './collections/EditionHolds'
import { Articles } from './collections/Articles'
import { ArticleTransitions } from './collections/ArticleTransitions'
import { mayQueueJobs, mayRunJobs } from './collections/Articles/workflow/jobsAccess'
import { publishMissedSchedulesTask } from './collections/Articles/workflow/sweep'
import { forgetUntitledDraftsTask } from './collections/Articles/workflow/untitledDrafts'
import { articleBodyEditor } from './collections/Articles/bodyEditor'
import { Authors } from './collections/Authors'
import { Media } from './collections/Media'
import { Sections } from './collections/Sections'
import { Tags } from './collections/Tags'
import { Users } from './collections/Users'
import { viewBeaconEndpoint } from './analytics/beacon'
import { PageViews } from './collections/PageViews'
import { Placements } from './collections/Placements'
import { redirects } from './collections/Redirects/plugin'
import { articleSeo } from './collections/Articles/fields/seo'
import { Notices } from './collections/Notices'
import { restrictDocumentLocks } from './access/documentLocks'
import { databaseAdapter } from './db/adapter'
import { keepQueryPlannerStats } from './db/queryPlanner'
import { healthEndpoint } from './endpoints/health'
import { keepErrorDetails } from './hooks/keepErrorDetails'
import { withApiGuards } from './hardening/guardApiReads'
import { limitGraphqlDepth } from './hardening/graphqlDepth'
import { uploadLimits } from './hardening/uploadLimits'
import { SiteSettings } from './globals/SiteSettings'
import { adminTranslations } from './admin/i18n'
import { payloadViewsDateFormat } from './admin/dates/formats'
import { mediaStorage } from './storage/mediaStorage'
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
    // Payload's own views (version history, last modified): each language's long date (src/admin/dates).
    dateFormat: payloadViewsDateFormat,
    components: {
      graphics: { Logo: '@/admin/graphics/Logo#Logo', Icon: '@/admin/graphics/Logo#Icon' },
      providers: ['@/admin/HardcodedEnglish#HardcodedEnglish'],
      afterNavLinks: ['@/admin/TranslationsNavLink#TranslationsNavLink'],
      // Each person's inboxes with counts, and their notices (src/admin/dashboard).
      beforeDashboard: ['@/admin/dashboard/Inboxes#Inboxes'],
      views: { translationsToDo: { Component: '@/admin/TranslationsToDo#TranslationsToDo', path: '/translations' } },
    },
  },
  i18n: {
    supportedLanguages: { vi, en, zh },
    fallbackLanguage: 'vi',
    translations: adminTranslations,
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
  collections: withApiGuards([
    Articles,
    Media,
    Sections,
    Tags,
    Authors,
    Users,
    PageViews,
    Placements,
    ArticleTransitions,
    EditionHolds,
    Notices,
  ]),
  upload: uploadLimits,
  // Uploads on local disk, or on S3-compatible storage when S3_BUCKET is set (docs/deployment.md).
  // Old article addresses redirect to the current one; SEO fields with counters and a preview (docs/kept-libraries.md).
  plugins: [mediaStorage(), redirects(), articleSeo()],
  globals: [SiteSettings],
  endpoints: [healthEndpoint, viewBeaconEndpoint],
  jobs: {
    tasks: [publishMissedSchedulesTask, forgetUntitledDraftsTask],
    // Runs inside the app (started by src/instrumentation.ts): scheduled editions go live within seconds.
    autoRun: [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }],
    access: { run: mayRunJobs, queue: mayQueueJobs, cancel: mayQueueJobs },
  },
  graphQL: {
    maxComplexity: 1000,
    validationRules: () => [limitGraphqlDepth],
  },
  maxDepth: 4,
  typescript: {
    outputFile: 'src/payload-types.ts',
  },
  telemetry: false,
  // A refused request (a 4xx APIError: 403, 409, 423) is the system working, not a fault: one
  // line at info, not an ERROR with a stack. Unexpected errors (500s) are still logged as errors.
  loggingLevels: { APIError: 'info', AuthenticationError: 'info' },
  // Every collection's refusals keep their field paths and messages in the REST answer.
  hooks: { afterError: [keepErrorDetails] },
  onInit: (payload) => {
    restrictDocumentLocks(payload)
    keepQueryPlannerStats(payload)
  },
})
