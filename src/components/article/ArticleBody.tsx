import type { DefaultNodeTypes, SerializedBlockNode } from '@payloadcms/richtext-lexical'
import { RichText, type JSXConvertersFunction } from '@payloadcms/richtext-lexical/react'

import { RelatedLinkLine } from '@/blocks/RelatedLink/Line'
import type { Locale } from '@/i18n/locales'
import type { Article, InlinePhotoBlock, Media, PullQuoteBlock, RelatedLinkBlock } from '@/payload-types'
import { populated } from '@/utilities/populated'
import { Photo } from './Photo'

type BodyNode =
  DefaultNodeTypes | SerializedBlockNode<InlinePhotoBlock> | SerializedBlockNode<RelatedLinkBlock> | SerializedBlockNode<PullQuoteBlock>

function converters(locale: Locale): JSXConvertersFunction<BodyNode> {
  return ({ defaultConverters }) => ({
    ...defaultConverters,
    blocks: {
      inlinePhoto: ({ node }: { node: SerializedBlockNode<InlinePhotoBlock> }) => {
        const photo = populated<Media>(node.fields.photo)
        return photo ? <Photo photo={photo} locale={locale} size="hero" caption={node.fields.caption} /> : null
      },
      relatedLink: ({ node }: { node: SerializedBlockNode<RelatedLinkBlock> }) => <RelatedLinkLine fields={node.fields} locale={locale} />,
      pullQuote: ({ node }: { node: SerializedBlockNode<PullQuoteBlock> }) => (
        <blockquote className="pull-quote">
          <p>{node.fields.text}</p>
          {node.fields.attribution ? <footer>— {node.fields.attribution}</footer> : null}
        </blockquote>
      ),
    },
  })
}

export function ArticleBody({ body, locale }: { body: Article['body']; locale: Locale }) {
  if (!body) return null
  return <RichText className="article-body" data={body} converters={converters(locale)} />
}
