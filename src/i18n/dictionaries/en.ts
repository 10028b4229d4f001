import type { Dictionary } from './vi'

export const en: Dictionary = {
  siteName: 'Newsroom',
  tagline: 'News in Vietnamese, English and Chinese',
  latest: 'Latest',
  noArticles: 'No articles yet.',
  home: 'Home',
  sections: 'Sections',
  languages: 'Languages',
  skipToContent: 'Skip to main content',
  photoPrefix: 'Photo',
  sourcePrefix: 'Source',
  accordingTo: 'According to',
  byline: 'By',
  tags: 'Tags',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist or has been removed.',
  backHome: 'Back to the home page',
}
