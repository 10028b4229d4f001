import path from 'node:path'

import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

/** sharp's name of a decoded format → the extension and type files of it are stored and served under. */
const stored: Record<string, { extension: string; mimetype: string }> = {
  jpeg: { extension: 'jpg', mimetype: 'image/jpeg' },
  png: { extension: 'png', mimetype: 'image/png' },
  webp: { extension: 'webp', mimetype: 'image/webp' },
  gif: { extension: 'gif', mimetype: 'image/gif' },
  heif: { extension: 'avif', mimetype: 'image/avif' },
}

/**
 * An upload is stored under a name whose extension matches what the file really is: a JPEG
 * uploaded as "photo.html" (a JPEG/HTML polyglot) would otherwise be served as a web page by any
 * plain web server or CDN in front of the media folder. Runs after the image has been decoded.
 */
export const nameByContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data?.length) return args
  const { format } = await sharp(file.data).metadata()
  const target = format ? stored[format] : undefined
  if (!target) return args
  const extension = path.extname(file.name).slice(1).toLowerCase()
  const matches = extension === target.extension || (target.extension === 'jpg' && extension === 'jpeg')
  if (!matches) file.name = `${path.basename(file.name, path.extname(file.name)) || 'photo'}.${target.extension}`
  file.mimetype = target.mimetype
  return args
}
