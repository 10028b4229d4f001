/** Shapes of the demo newsroom's content, written by hand in this folder. */

export type DemoLocale = 'vi' | 'en' | 'zh'

export type Localized = { vi: string; en: string; zh: string }

export type DemoSection = {
  /** Stable key, also the slug of the section in every locale. */
  key: string
  name: Localized
  /** Key of the parent section, for nested sections. */
  parent?: string
}

export type DemoTag = {
  key: string
  name: Localized
}

export type DemoAuthor = {
  key: string
  name: string
  bio: Localized
  /** Key of a photo in photos.ts used as the author's portrait. */
  photo?: string
}

/** A photo drawn locally with sharp: gradient + simple shapes, no real imagery. */
export type DemoPhoto = {
  key: string
  alt: Localized
  /** Caption per locale; some photos deliberately have none in some locales. */
  caption?: Partial<Localized>
  credit?: string
  agency?: string
  /** Two hex colours for the generated gradient, e.g. ['#0b3d91', '#f2a900']. */
  palette: [string, string]
  /** What to draw on top of the gradient. */
  motif: 'sun' | 'waves' | 'skyline' | 'field' | 'circuit' | 'stadium' | 'mountain' | 'lantern'
}

export type DemoBodyNode =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'quote'; text: string; attribution?: string }
  | { type: 'photo'; photo: string }
  /** An inline ">>> headline" link to another demo article, by its key. */
  | { type: 'related'; article: string }
  /** An inline ">>> headline" link to a story on another site (only in the edition that links it). */
  | { type: 'external'; headline: string; url: string }

/** Source attribution: "Nguồn: <link>" with a URL, "Theo <outlet>" without. */
export type DemoSource = { outlet: string; url?: string }

export type DemoEdition = {
  title: string
  lead: string
  body: DemoBodyNode[]
  /** Defaults to the article's status. 'draft' = translation still in progress. */
  status?: 'published' | 'draft'
  /** What this edition chose for itself; each defaults to the article's (the source edition's) choice. */
  hero?: string
  source?: DemoSource
  related?: string[]
}

export type DemoArticle = {
  /** Stable key used for idempotent seeding and cross references. */
  key: string
  section: string
  tags: string[]
  authors: string[]
  /** Key of the hero photo (of every edition that does not choose its own). */
  hero: string
  /** How many hours before seeding the article was published (or last saved, for drafts). */
  hoursAgo: number
  status: 'published' | 'draft'
  source?: DemoSource
  /** Curated related articles, by key, in order (of every edition that does not choose its own). */
  related?: string[]
  editions: { vi: DemoEdition; en?: DemoEdition; zh?: DemoEdition }
}
