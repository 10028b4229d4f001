import type { Config } from 'payload'

/** The largest photo the newsroom accepts; cameras' full-size JPEGs are well under it. */
export const maxUploadBytes = 25 * 1024 * 1024

/** Payload answers 413 when an upload is bigger (busboy stops reading it). */
export const uploadLimits: NonNullable<Config['upload']> = {
  limits: { fileSize: maxUploadBytes, files: 1, fields: 50 },
  abortOnLimit: true,
}
