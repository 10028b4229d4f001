import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Block, Field, SanitizedConfig } from 'payload'
import { beforeAll, expect, test } from 'vitest'

/**
 * Every label the admin shows (collections, globals, fields, blocks, array rows, select options)
 * has Vietnamese, English and Chinese text; one without is shown in English made from its name
 * ("Weather City 01", "Title"). Payload's own labels (functions of its translations) are fine.
 */
let config: SanitizedConfig

beforeAll(async () => {
  // The config picks its database when imported; it is never connected here.
  process.env.DATABASE_URI = `file:${path.join(tmpdir(), 'newsroom-labels-never-opened.db')}`
  config = await (await import('@payload-config')).default
})

const languages = ['vi', 'en', 'zh'] as const
type Problem = string

function checkLabel(where: string, label: unknown, problems: Problem[]) {
  if (label === false || typeof label === 'function') return
  if (label && typeof label === 'object' && languages.every((lang) => typeof (label as Record<string, unknown>)[lang] === 'string')) return
  problems.push(`${where}: ${JSON.stringify(label) ?? 'no label'}`)
}

const isHidden = (field: Field) => Boolean((field as { admin?: { hidden?: boolean } }).admin?.hidden)
// Fields Payload adds with its own translated labels, and fields that draw their own interface.
const payloadOwn = new Set(['id', 'createdAt', 'updatedAt', '_status', 'email', 'password', 'sessions', 'deletedAt', 'blockName'])

function checkBlocks(where: string, blocks: Block[], problems: Problem[]) {
  for (const block of blocks) {
    checkLabel(`${where} block ${block.slug} (singular)`, block.labels?.singular, problems)
    checkLabel(`${where} block ${block.slug} (plural)`, block.labels?.plural, problems)
    checkFields(`${where}.${block.slug}`, block.fields, problems)
  }
}

function checkFields(where: string, fields: Field[], problems: Problem[]) {
  for (const field of fields) {
    const name = 'name' in field ? field.name : undefined
    const path = `${where}.${name ?? field.type}`
    if (isHidden(field) || (field as { hidden?: boolean }).hidden || (name && payloadOwn.has(name))) continue
    const customField = Boolean((field as { admin?: { components?: { Field?: unknown } } }).admin?.components?.Field)
    if (name && !customField && field.type !== 'ui') checkLabel(path, (field as { label?: unknown }).label, problems)
    if (field.type === 'array') {
      checkLabel(`${path} (row singular)`, field.labels?.singular, problems)
      checkLabel(`${path} (row plural)`, field.labels?.plural, problems)
    }
    if ((field.type === 'select' || field.type === 'radio') && Array.isArray(field.options)) {
      for (const option of field.options)
        if (typeof option === 'object') checkLabel(`${path} option ${option.value}`, option.label, problems)
    }
    if (field.type === 'blocks') checkBlocks(path, (field.blocks ?? []) as Block[], problems)
    if (field.type === 'tabs')
      for (const tab of field.tabs) checkFields(`${path}.${'name' in tab ? tab.name : 'tab'}`, tab.fields, problems)
    if ('fields' in field && Array.isArray(field.fields)) checkFields(path, field.fields, problems)
  }
}

test('every collection, global, field, block and row the admin shows has vi, en and zh labels', () => {
  const problems: Problem[] = []
  for (const collection of config.collections) {
    if (collection.admin?.hidden === true || collection.slug.startsWith('payload-')) continue
    checkLabel(`collection ${collection.slug} (singular)`, collection.labels.singular, problems)
    checkLabel(`collection ${collection.slug} (plural)`, collection.labels.plural, problems)
    checkFields(collection.slug, collection.fields, problems)
  }
  for (const global of config.globals) {
    if (global.slug.startsWith('payload-')) continue
    checkLabel(`global ${global.slug}`, global.label, problems)
    checkFields(global.slug, global.fields, problems)
  }
  expect(problems).toEqual([])
})

test('the article body’s blocks are labelled in every language, and the pull quote is not named like Lexical’s quote', async () => {
  const { articleBodyBlocks } = await import('@/blocks')
  const problems: Problem[] = []
  checkBlocks('body', articleBodyBlocks, problems)
  expect(problems).toEqual([])
  const pullQuote = articleBodyBlocks.find((block) => block.slug === 'pullQuote')
  expect(pullQuote?.labels?.singular).toMatchObject({ vi: 'Trích dẫn nổi bật', en: 'Pull quote' })
})

test('array rows the admin lists are named by their content, not "Weather City 01" or "Tin 01"', () => {
  const find = (fields: Field[], name: string): Field | undefined => {
    for (const field of fields) {
      if ('name' in field && field.name === name) return field
      const inner = field.type === 'tabs' ? field.tabs.flatMap((tab) => tab.fields) : 'fields' in field ? field.fields : []
      const found = find(inner, name)
      if (found) return found
    }
    return undefined
  }
  const rowLabelOf = (fields: Field[], name: string) =>
    (find(fields, name) as { admin?: { components?: { RowLabel?: unknown } } } | undefined)?.admin?.components?.RowLabel
  const placements = config.collections.find((c) => c.slug === 'placements')
  expect(rowLabelOf(placements?.fields ?? [], 'picks')).toBeTruthy()
  const settings = config.globals.find((g) => g.slug === 'site-settings')
  expect(rowLabelOf(settings?.fields ?? [], 'weatherCities')).toBeTruthy()
})

test('internal fields are never shown: not on the form, not as a list column, not as a filter', () => {
  const internal: Record<string, string[]> = {
    articles: ['allHeadlines', 'sourceFingerprint', 'editionEdit', 'photos'],
    tags: ['foldedName'],
  }
  for (const [slug, names] of Object.entries(internal)) {
    const fields = config.collections.find((c) => c.slug === slug)?.fields ?? []
    for (const name of names) {
      const field = fields.find((f) => 'name' in f && f.name === name) as { admin?: Record<string, unknown> } | undefined
      expect(field?.admin, `${slug}.${name}`).toMatchObject({ hidden: true, disableListColumn: true, disableListFilter: true })
    }
  }
})

test('every plugin word the admin shows exists in vi and zh (the plugins ship other languages)', async () => {
  // Each plugin merges its own words into the config's translations, under its namespace.
  const translations = config.i18n.translations as Record<string, Record<string, Record<string, string>> | undefined>
  const pluginWords = Object.entries(translations.en ?? {}).filter(([namespace]) => namespace.startsWith('plugin-'))
  expect(pluginWords.map(([namespace]) => namespace)).toContain('plugin-redirects')
  for (const language of ['vi', 'zh']) {
    for (const [namespace, words] of pluginWords) {
      for (const key of Object.keys(words)) {
        expect(translations[language]?.[namespace]?.[key], `${language} ${namespace}:${key}`).toBeTruthy()
      }
    }
  }
})
