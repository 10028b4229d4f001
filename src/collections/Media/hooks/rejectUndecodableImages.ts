import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

/** Bigger than any camera the newsroom uses; stops decompression bombs before they eat memory. */
export const maxImagePixels = 50_000_000

/**
 * Payload checks the MIME type from the file's first bytes; a truncated or forged image can still
 * pass that and then crash the resizer. Decode it fully once so the uploader gets a clear 400.
 */
export const rejectUndecodableImages: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data?.length) return args
  try {
    const image = sharp(file.data, { failOn: 'truncated', limitInputPixels: maxImagePixels })
    const { width, height } = await image.metadata()
    if (!width || !height) throw new Error('no dimensions')
    await image.resize(8, 8, { fit: 'inside' }).toBuffer()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new APIError(`"${file.name}" is not a readable image (${reason}).`, 400, null, true)
  }
  return args
}
