import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { animationTooBig, unreadableImage } from '@/errors/messages'
import { adminLanguage, refuseFields, type AdminLanguage } from '@/errors/refuse'

/** Bigger than any camera the newsroom uses; stops decompression bombs before they eat memory. */
export const maxImagePixels = 50_000_000

/**
 * Animated images are resized frame by frame into every size: a 250-byte GIF of ten 2000×2000
 * frames cost half a minute of CPU. Their budget counts every frame, and the frames themselves.
 */
export const maxAnimatedPixels = 16_000_000
export const maxFrames = 100

function animationProblem(language: AdminLanguage, file: string, width: number, height: number, frames: number): string | undefined {
  if (frames <= 1) return undefined
  const total = width * height * frames
  if (frames > maxFrames || total > maxAnimatedPixels) {
    const megapixels = (n: number) => Math.round(n / 1_000_000)
    return animationTooBig(language, {
      file,
      frames,
      maxFrames,
      width,
      height,
      megapixels: megapixels(total),
      maxMegapixels: megapixels(maxAnimatedPixels),
    })
  }
  return undefined
}

/**
 * Payload checks the MIME type from the file's first bytes; a truncated or forged image can still
 * pass that and then crash the resizer. Decode it fully once so the uploader gets a clear 400.
 */
export const rejectUndecodableImages: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data?.length) return args
  let tooMuch: string | undefined
  try {
    const image = sharp(file.data, { failOn: 'truncated', limitInputPixels: maxImagePixels })
    const { width, height, pages } = await image.metadata()
    if (!width || !height) throw new Error('no dimensions')
    // Read from the headers, before anything is decoded or resized.
    tooMuch = animationProblem(adminLanguage(req), file.name, width, height, pages ?? 1)
    if (!tooMuch) await image.resize(8, 8, { fit: 'inside' }).toBuffer()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    refuseFields(req, 'media', [{ path: 'file', message: unreadableImage(adminLanguage(req), file.name, reason) }])
  }
  if (tooMuch) throw new APIError(tooMuch, 400, null, true)
  return args
}
