import { EditionBar as EditionBar_a44dc5d40e0b730f39cff77317e4d5aa } from '@/collections/Articles/components/EditionBar'
import { ShowRefusals as ShowRefusals_7950fa068aa76687ee9ea441043ba9b5 } from '@/admin/errors/ShowRefusals'
import { PublishAfterAutosave as PublishAfterAutosave_2ea8603a38732d9979639b38d3c05293 } from '@/collections/Articles/components/PublishAfterAutosave'
import { SourceText as SourceText_402c8f6016f9335496625ce2680d261b } from '@/collections/Articles/components/SourceText'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LocalDateCell as LocalDateCell_6e164371383227471341946316b3fe30 } from '@/admin/dates/LocalDateCell'
import { LocalDateTimeField as LocalDateTimeField_eccb428cee13c409e105d15631ead0ee } from '@/admin/dates/LocalDateTimeField'
import { TagPicker as TagPicker_da2dc7751abd77dcc5d162a3662a26e6 } from '@/collections/Tags/TagPicker'
import { BylineMe as BylineMe_4473379f3778b90d35cb38a8be42a3ed } from '@/collections/Articles/components/BylineMe'
import { ArticleViews as ArticleViews_cb731efb2351d0cd83e2a60b234be99e } from '@/collections/Articles/components/ArticleViews'
import { ViewsCell as ViewsCell_b7861ed765e584680d7488a40b1fa13e } from '@/collections/Articles/components/ViewsCell'
import { RelatedSuggestions as RelatedSuggestions_aacbcfffbe8e9bc991a28f1613136f6c } from '@/collections/Articles/components/RelatedSuggestions'
import { WorkflowControl as WorkflowControl_da6dbb5feb66c4f7e43b0f0200f71fd2 } from '@/collections/Articles/workflow/components/WorkflowControl'
import { TranslationDesk as TranslationDesk_685c59cd7ee4adca39d664cd170ebb4f } from '@/collections/Articles/components/TranslationDesk'
import { EditionsCell as EditionsCell_ead407a635f5e55087da1af9a52bac9f } from '@/collections/Articles/components/EditionsCell'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { EditorsOnlyBulkPublish as EditorsOnlyBulkPublish_f40b3533bf13163998373d47fcbb8b76 } from '@/collections/Articles/workflow/components/EditorsOnlyBulkPublish'
import { WorkflowHeader as WorkflowHeader_f1f62883bf3b27041576d016bfe678ec } from '@/collections/Articles/workflow/components/WorkflowHeader'
import { PlacementNameCell as PlacementNameCell_8b78099c54c3736b900d646cbc9cb84d } from '@/collections/Placements/components/PlacementNameCell'
import { PickRowLabel as PickRowLabel_4d7a1139d571a4d190d88f9f8bc79e9c } from '@/collections/Placements/components/PickRowLabel'
import { TransitionByCell as TransitionByCell_a6eda65535dcb07696dc93ee77519c6a } from '@/collections/Articles/workflow/components/TransitionByCell'
import { NamedRowLabel as NamedRowLabel_74846c9222d3f9c1cd639641e0cdaee9 } from '@/admin/NamedRowLabel'
import { Icon as Icon_fb41377240e79a3f427000f9c4717644 } from '@/admin/graphics/Logo'
import { Logo as Logo_fb41377240e79a3f427000f9c4717644 } from '@/admin/graphics/Logo'
import { TranslationsNavLink as TranslationsNavLink_27512c1dee2b453d2956dace3b3b81ef } from '@/admin/TranslationsNavLink'
import { Inboxes as Inboxes_d097e1dc6780bae54cb6141d572874e0 } from '@/admin/dashboard/Inboxes'
import { HardcodedEnglish as HardcodedEnglish_20b6b1416d364dafb767a302a94536d8 } from '@/admin/HardcodedEnglish'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { TranslationsToDo as TranslationsToDo_667957fe95b6951263fc293dd30c86cc } from '@/admin/TranslationsToDo'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/collections/Articles/components/EditionBar#EditionBar": EditionBar_a44dc5d40e0b730f39cff77317e4d5aa,
  "@/admin/errors/ShowRefusals#ShowRefusals": ShowRefusals_7950fa068aa76687ee9ea441043ba9b5,
  "@/collections/Articles/components/PublishAfterAutosave#PublishAfterAutosave": PublishAfterAutosave_2ea8603a38732d9979639b38d3c05293,
  "@/collections/Articles/components/SourceText#SourceText": SourceText_402c8f6016f9335496625ce2680d261b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/admin/dates/LocalDateCell#LocalDateCell": LocalDateCell_6e164371383227471341946316b3fe30,
  "@/admin/dates/LocalDateTimeField#LocalDateTimeField": LocalDateTimeField_eccb428cee13c409e105d15631ead0ee,
  "@/collections/Tags/TagPicker#TagPicker": TagPicker_da2dc7751abd77dcc5d162a3662a26e6,
  "@/collections/Articles/components/BylineMe#BylineMe": BylineMe_4473379f3778b90d35cb38a8be42a3ed,
  "@/collections/Articles/components/ArticleViews#ArticleViews": ArticleViews_cb731efb2351d0cd83e2a60b234be99e,
  "@/collections/Articles/components/ViewsCell#ViewsCell": ViewsCell_b7861ed765e584680d7488a40b1fa13e,
  "@/collections/Articles/components/RelatedSuggestions#RelatedSuggestions": RelatedSuggestions_aacbcfffbe8e9bc991a28f1613136f6c,
  "@/collections/Articles/workflow/components/WorkflowControl#WorkflowControl": WorkflowControl_da6dbb5feb66c4f7e43b0f0200f71fd2,
  "@/collections/Articles/components/TranslationDesk#TranslationDesk": TranslationDesk_685c59cd7ee4adca39d664cd170ebb4f,
  "@/collections/Articles/components/EditionsCell#EditionsCell": EditionsCell_ead407a635f5e55087da1af9a52bac9f,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@/collections/Articles/workflow/components/EditorsOnlyBulkPublish#EditorsOnlyBulkPublish": EditorsOnlyBulkPublish_f40b3533bf13163998373d47fcbb8b76,
  "@/collections/Articles/workflow/components/WorkflowHeader#WorkflowHeader": WorkflowHeader_f1f62883bf3b27041576d016bfe678ec,
  "@/collections/Placements/components/PlacementNameCell#PlacementNameCell": PlacementNameCell_8b78099c54c3736b900d646cbc9cb84d,
  "@/collections/Placements/components/PickRowLabel#PickRowLabel": PickRowLabel_4d7a1139d571a4d190d88f9f8bc79e9c,
  "@/collections/Articles/workflow/components/TransitionByCell#TransitionByCell": TransitionByCell_a6eda65535dcb07696dc93ee77519c6a,
  "@/admin/NamedRowLabel#NamedRowLabel": NamedRowLabel_74846c9222d3f9c1cd639641e0cdaee9,
  "@/admin/graphics/Logo#Icon": Icon_fb41377240e79a3f427000f9c4717644,
  "@/admin/graphics/Logo#Logo": Logo_fb41377240e79a3f427000f9c4717644,
  "@/admin/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_27512c1dee2b453d2956dace3b3b81ef,
  "@/admin/dashboard/Inboxes#Inboxes": Inboxes_d097e1dc6780bae54cb6141d572874e0,
  "@/admin/HardcodedEnglish#HardcodedEnglish": HardcodedEnglish_20b6b1416d364dafb767a302a94536d8,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/admin/TranslationsToDo#TranslationsToDo": TranslationsToDo_667957fe95b6951263fc293dd30c86cc,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
