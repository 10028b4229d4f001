export { isWebAddress } from '@/utilities/webAddress'

/**
 * What an inline ">>>" line points to: an edition of another article of the newsroom, or a story
 * elsewhere (headline + address), as agency pages link to their other stories.
 */
export type RelatedLinkTarget = 'article' | 'external'

/** Older blocks have no target: they link to an article. */
export const linksOutside = (target: unknown): boolean => target === 'external'
