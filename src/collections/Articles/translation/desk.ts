import { createHash } from 'node:crypto'

import { APIError, type Payload, type PayloadRequest } from 'payload'

import { noTranslationYet, ruleMessages, translationExists } from '@/errors/messages'
import { adminLanguage, say } from '@/errors/refuse'
import { defaultLocale, locales, type Locale, type TranslationLocale } from '@/i18n/locales'
import type { Article } from '@/payload-types'
import { recordTransition } from '../workflow/history'
import { isWorkflowState } from '../workflow/states'

/**
 * The fields a translator translates. Hero photo, source and related list are each edition's own
 * too, but chosen rather than translated (a new edition starts with the source's); section, tags,
 * authors and publishedAt are shared by every edition.
 */
export const translatedFields = ['title', 'lead', 'body'] as const
export type TranslatedField = (typeof translatedFields)[number]
export type Fingerprint = Partial<Record<TranslatedField, string>>

export const translationSyncKey = 'translationSync'

export type EditionState = 'missing' | 'in_progress' | 'in_review' | 'scheduled' | 'published' | 'unpublished'
export type EditionStatus = {
  locale: Locale
  state: EditionState
  /** Source fields changed since this translation was last brought up to date. */
  outdated: TranslatedField[]
  /** False for a translation never started or marked up to date on the desk: its age is unknown. */
  tracked: boolean
  /** A live edition with a newer saved draft that is not published yet (a revision waiting). */
  revisionWaiting: boolean
}

type Localized<T> = Partial<Record<Locale, T>> | null | undefined
type AllLocales = {
  id: number
  title?: Localized<string>
  lead?: Localized<string>
  body?: Localized<unknown>
  workflowState?: Localized<string>
  sourceFingerprint?: Localized<unknown>
  editionEdit?: Localized<unknown>
}

/** Per edition, when its published copy was saved (the live document's stamps). */
type LiveEdits = Localized<unknown>

const editedAt = (stamp: unknown): number | null => {
  const at = stamp && typeof stamp === 'object' ? (stamp as { at?: unknown }).at : undefined
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? Date.parse(at) : null
}

/** Pure: the edition is live and someone saved it after the copy the public reads. */
export function isRevisionWaiting(state: EditionState, draftStamp: unknown, liveStamp: unknown): boolean {
  const draftAt = editedAt(draftStamp)
  const liveAt = editedAt(liveStamp)
  return state === 'published' && draftAt !== null && liveAt !== null && draftAt > liveAt
}

const hash = (value: unknown): string =>
  createHash('sha256')
    .update(JSON.stringify(value ?? null))
    .digest('base64url')
    .slice(0, 16)

export function fingerprintOf(edition: Partial<Record<TranslatedField, unknown>>): Fingerprint {
  return Object.fromEntries(translatedFields.map((field) => [field, hash(edition[field] || null)])) as Fingerprint
}

function isFingerprint(value: unknown): value is Fingerprint {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Which source fields differ from the fingerprint stored when the translation was last synced. */
export function changedFields(current: Fingerprint, synced: Fingerprint): TranslatedField[] {
  return translatedFields.filter((field) => current[field] !== synced[field])
}

function editionOf(doc: AllLocales, locale: Locale) {
  return { title: doc.title?.[locale], lead: doc.lead?.[locale], body: doc.body?.[locale] }
}

export function statusesOf(doc: AllLocales, live: LiveEdits = null): EditionStatus[] {
  const source = fingerprintOf(editionOf(doc, defaultLocale))
  return locales.map((locale) => {
    const title = doc.title?.[locale]
    if (!title) return { locale, state: 'missing' as const, outdated: [], tracked: false, revisionWaiting: false }
    const workflow = doc.workflowState?.[locale]
    const state: EditionState = !isWorkflowState(workflow) || workflow === 'draft' ? 'in_progress' : workflow
    const revisionWaiting = isRevisionWaiting(state, doc.editionEdit?.[locale], live?.[locale])
    const synced = doc.sourceFingerprint?.[locale]
    if (locale === defaultLocale || !isFingerprint(synced))
      return { locale, state, outdated: [], tracked: locale === defaultLocale, revisionWaiting }
    return { locale, state, outdated: changedFields(source, synced), tracked: true, revisionWaiting }
  })
}

/** Every edition of one article, read from its latest versions (what the staff is working on). */
async function readAllLocales(payload: Payload, id: number): Promise<AllLocales> {
  const doc = await payload.findByID({
    collection: 'articles',
    id,
    locale: 'all',
    draft: true,
    overrideAccess: true,
    depth: 0,
    select: { title: true, lead: true, body: true, workflowState: true, sourceFingerprint: true, editionEdit: true },
  })
  return doc as unknown as AllLocales
}

/** The published copy's stamps: what the public reads was saved then. */
async function readLiveEdits(payload: Payload, id: number): Promise<LiveEdits> {
  const doc = await payload.findByID({
    collection: 'articles',
    id,
    locale: 'all',
    draft: false,
    overrideAccess: true,
    depth: 0,
    select: { editionEdit: true },
  })
  return (doc as unknown as { editionEdit?: LiveEdits }).editionEdit ?? null
}

export async function translationStatus(payload: Payload, id: number): Promise<EditionStatus[]> {
  const [doc, live] = await Promise.all([readAllLocales(payload, id), readLiveEdits(payload, id)])
  return statusesOf(doc, live)
}

export type ToDo = { id: number; title: string; locale: Locale; state: EditionState; outdated: TranslatedField[] }

/**
 * How many of the most recently edited articles the worklist looks at. "Outdated" compares
 * fingerprints of every edition, which no database query can do, so the list reads a bounded
 * window rather than the archive; older articles are rarely retranslated.
 */
export const toDoWindow = 200

/** The translators' worklist: every missing or outdated translation of an article that has a source text. */
export async function translationsToDo(payload: Payload, limit = toDoWindow): Promise<ToDo[]> {
  const result = await payload.find({
    collection: 'articles',
    locale: 'all',
    draft: true,
    overrideAccess: true,
    depth: 0,
    limit,
    sort: '-updatedAt',
    select: { title: true, lead: true, body: true, workflowState: true, sourceFingerprint: true },
  })
  const todo: ToDo[] = []
  for (const doc of result.docs as unknown as AllLocales[]) {
    const title = doc.title?.[defaultLocale]
    if (!title) continue
    for (const status of statusesOf(doc)) {
      if (status.locale === defaultLocale) continue
      if (status.state === 'missing' || status.outdated.length > 0) {
        todo.push({ id: doc.id, title, locale: status.locale, state: status.state, outdated: status.outdated })
      }
    }
  }
  return todo
}

function translationLocale(req: PayloadRequest, locale: string): TranslationLocale {
  if (locale === 'en' || locale === 'zh') return locale
  throw new APIError(say(req, ruleMessages.translationTarget), 400, null, true)
}

/**
 * Copies the Vietnamese text into an empty edition as a draft, and records which source it was
 * made from. Runs with the user's own access: whoever may write drafts may start a translation.
 */
export async function startTranslation(req: PayloadRequest, id: number, target: string): Promise<Article> {
  const locale = translationLocale(req, target)
  const doc = await readAllLocales(req.payload, id)
  if (doc.title?.[locale]) {
    throw new APIError(translationExists(adminLanguage(req), locale), 409, null, true)
  }
  const source = editionOf(doc, defaultLocale)
  if (!source.title) throw new APIError(say(req, ruleMessages.sourceHasNoHeadline), 400, null, true)
  const copy = {
    title: source.title,
    lead: source.lead ?? null,
    body: (source.body ?? null) as Article['body'],
    ...(await chosenBySource(req.payload, id)),
  }
  return saveSyncedDraft(req, id, locale, copy, source, 'translation_started')
}

type ChosenPerEdition = Pick<Article, 'heroImage' | 'source' | 'related'>

/**
 * The source edition's hero photo, source attribution and related list, as a new edition's
 * starting point: from then on each edition keeps its own (an edition without a photo shows
 * none; see docs/per-locale-publication.md).
 */
async function chosenBySource(payload: Payload, id: number): Promise<ChosenPerEdition> {
  const source = await payload.findByID({
    collection: 'articles',
    id,
    locale: defaultLocale,
    fallbackLocale: false,
    draft: true,
    overrideAccess: true,
    depth: 0,
    select: { heroImage: true, source: true, related: true },
  })
  return {
    heroImage: source.heroImage ?? null,
    source: { outlet: source.source?.outlet ?? null, url: source.source?.url ?? null },
    related: source.related ?? [],
  }
}

/** The translator has brought the edition in line with the source as it is now. */
export async function markTranslationUpToDate(req: PayloadRequest, id: number, target: string): Promise<Article> {
  const locale = translationLocale(req, target)
  const doc = await readAllLocales(req.payload, id)
  if (!doc.title?.[locale]) throw new APIError(noTranslationYet(adminLanguage(req), locale), 400, null, true)
  return saveSyncedDraft(req, id, locale, {}, editionOf(doc, defaultLocale), 'translation_synced')
}

/**
 * Saves the edition as a draft with the user's own access, stamped with the fingerprint of the
 * source it now matches (the keepSourceFingerprint hook stores it), and notes it in the history.
 */
async function saveSyncedDraft(
  req: PayloadRequest,
  id: number,
  locale: TranslationLocale,
  data: Partial<Pick<Article, TranslatedField> & ChosenPerEdition>,
  source: ReturnType<typeof editionOf>,
  event: 'translation_started' | 'translation_synced',
): Promise<Article> {
  const updated = await req.payload.update({
    collection: 'articles',
    id,
    locale,
    draft: true,
    overrideAccess: false,
    user: req.user,
    depth: 0,
    data,
    context: { [translationSyncKey]: fingerprintOf(source) },
  })
  await recordTransition(req, { article: id, locale, from: null, to: event })
  return updated
}
