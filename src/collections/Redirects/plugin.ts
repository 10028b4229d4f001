import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { validations, type Field, type Plugin, type TextFieldSingleValidation } from 'payload'

import { editorsOnly } from '@/access/roles'
import { redirectFromArticle, ruleMessages } from '@/errors/messages'
import { adminLanguage, say } from '@/errors/refuse'
import { invalidateOnChange, invalidateOnDelete } from '@/cache/hooks'
import { locales } from '@/i18n/locales'

/** The addresses the public site looks redirects up for: an article's, /<locale>/<section>/<slug>. */
const articleAddress = new RegExp(`^/(${locales.join('|')})/[^/?#\\s]+/[^/?#\\s]+$`)

/** Stored as the site compares it: a path without the origin, query or trailing slash, %-escapes decoded. */
export function normalizeAddress(value: string): string {
  let path = value.trim().replace(/^https?:\/\/[^/]+/i, '')
  path = path.replace(/[?#].*$/, '').replace(/\/+$/, '')
  try {
    path = decodeURI(path)
  } catch {
    // Not valid %-encoding: kept as typed, and validation says what is wrong if it is.
  }
  return path
}

const validateFrom: TextFieldSingleValidation = (value, options) => {
  const usual = validations.text(value, options)
  if (usual !== true || !value || articleAddress.test(value)) return usual
  return redirectFromArticle(adminLanguage(options.req), value)
}

const validateTo: TextFieldSingleValidation = (value, options) => {
  const usual = validations.text(value, options)
  if (usual !== true || !value || value.startsWith('/') || /^https?:\/\/\S+$/i.test(value)) return usual
  return say(options.req, ruleMessages.redirectTarget)
}

/** The plugin's fields, with the addresses checked and normalized so that what an editor types matches what readers ask for. */
function withCheckedAddresses(fields: Field[]): Field[] {
  return fields.map((field) => {
    if ('name' in field && field.name === 'from' && field.type === 'text') {
      return {
        name: 'from',
        type: 'text',
        index: true,
        required: true,
        unique: true,
        label: { vi: 'Địa chỉ cũ', en: 'Old address', zh: '旧地址' },
        admin: { description: { vi: 'VD /vi/thoi-su/bai-cu', en: 'E.g. /en/world/old-story', zh: '例如 /zh/guoji/jiu-wenzhang' } },
        hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalizeAddress(value) : value)] },
        validate: validateFrom,
      }
    }
    if ('name' in field && field.name === 'to' && field.type === 'group') {
      const checkedUrl = (sub: Field): Field =>
        'name' in sub && sub.name === 'url' && sub.type === 'text'
          ? { name: 'url', type: 'text', required: true, label: sub.label, admin: sub.admin, validate: validateTo }
          : sub
      return { ...field, fields: field.fields.map(checkedUrl) }
    }
    return field
  })
}

/**
 * Old addresses of articles answer a permanent redirect to the current one: recorded by the
 * articles' save when a published edition's slug or section changes (./oldAddresses.ts), and added
 * by hand by editors. Only editors and admins see or change them; the site reads them on the server.
 */
export const redirects = (): Plugin =>
  redirectsPlugin({
    collections: ['articles'],
    overrides: {
      labels: {
        singular: { vi: 'Chuyển hướng', en: 'Redirect', zh: '重定向' },
        plural: { vi: 'Chuyển hướng', en: 'Redirects', zh: '重定向' },
      },
      access: { read: editorsOnly, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
      admin: {
        useAsTitle: 'from',
        defaultColumns: ['from', 'to.type', 'updatedAt'],
        // The plugin's collection has no group, and Payload heads ungrouped ones "Collections" in English.
        group: { vi: 'Quản trị', en: 'Administration', zh: '管理' },
      },
      hooks: {
        afterChange: [invalidateOnChange({ collection: 'redirects' })],
        afterDelete: [invalidateOnDelete({ collection: 'redirects' })],
      },
      fields: ({ defaultFields }) => withCheckedAddresses(defaultFields),
    },
  })
