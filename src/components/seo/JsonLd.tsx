import { serializeJsonLd } from '@/seo/jsonLd'

type Data = Record<string, unknown>

/** Structured data for search engines; serializeJsonLd makes the text safe inside <script>. */
export function JsonLd({ data }: { data: Data | Data[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
