import { InlinePhoto } from './InlinePhoto/config'
import { PullQuote } from './PullQuote/config'
import { RelatedLink } from './RelatedLink/config'

export const articleBodyBlocks = [InlinePhoto, RelatedLink, PullQuote]
