import type { CustomComponent } from 'payload'

/**
 * The field's Vietnamese source shown under it on a translation (en, zh), with changes since the
 * last translation highlighted (components/SourceText.tsx). Nothing shows on the source edition.
 */
export function sourceBeside(show: 'title' | 'lead' | 'body' | 'photos'): { afterInput: CustomComponent[] } {
  return { afterInput: [{ path: '@/collections/Articles/components/SourceText#SourceText', clientProps: { show } }] }
}
