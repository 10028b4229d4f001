import type { CollectionConfig, PayloadRequest } from 'payload'

import { editorsOnly, staffOnly } from '@/access/roles'
import { localDateAdmin } from '@/admin/dates/localDate'
import { ruleMessages } from '@/errors/messages'
import { inTheFuture } from '@/errors/futureDate'
import { say } from '@/errors/refuse'
import { invalidateOnChange, invalidateOnDelete } from '@/cache/hooks'
import { locales } from '@/i18n/locales'
import { nameAfterScope } from './hooks/nameAfterScope'
import { onePerScope } from './hooks/onePerScope'
import { placementKeys, placementLabels } from './keys'

/**
 * Named placements: the lists editors curate by hand ("You may be interested", "Recommended",
 * home top story and featured). One document per list and scope (site-wide or one section);
 * picks in order, each for some or all languages and until an optional expiry; empty slots
 * are filled by the automatic rule. See docs/placements-and-related.md.
 */
export const Placements: CollectionConfig = {
  slug: 'placements',
  labels: {
    singular: { vi: 'Vị trí tin chọn', en: 'Placement', zh: '推荐位' },
    plural: { vi: 'Vị trí tin chọn', en: 'Placements', zh: '推荐位' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'key', 'section', 'rule', 'updatedAt'],
    group: { vi: 'Nội dung', en: 'Content', zh: '内容' },
    description: {
      vi: 'Các danh sách biên tập viên chọn tay. Ô trống được điền tự động theo quy tắc.',
      en: 'Lists editors pick by hand. Empty slots are filled by the automatic rule.',
      zh: '编辑手动挑选的列表。空位按自动规则填充。',
    },
  },
  // Readers never read placements directly: the site resolves them server-side.
  access: { read: staffOnly, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  hooks: {
    beforeValidate: [onePerScope],
    beforeChange: [nameAfterScope],
    afterChange: [invalidateOnChange({ collection: 'placements' })],
    afterDelete: [invalidateOnDelete({ collection: 'placements' })],
  },
  fields: [
    {
      // The list's name for the placement, kept by nameAfterScope; shown in the admin's language by its cell.
      name: 'title',
      type: 'text',
      label: { vi: 'Tên', en: 'Name', zh: '名称' },
      admin: { hidden: true, components: { Cell: '@/collections/Placements/components/PlacementNameCell#PlacementNameCell' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'key',
          type: 'select',
          required: true,
          index: true,
          label: { vi: 'Danh sách', en: 'List', zh: '列表' },
          options: placementKeys.map((value) => ({ value, label: placementLabels[value] })),
        },
        {
          name: 'section',
          type: 'relationship',
          relationTo: 'sections',
          index: true,
          label: { vi: 'Chỉ cho chuyên mục', en: 'Only for section', zh: '仅限栏目' },
          admin: {
            allowCreate: false,
            description: {
              vi: 'Để trống: toàn trang. Chọn chuyên mục: thay danh sách toàn trang trên các bài của chuyên mục đó.',
              en: 'Empty: site-wide. A section: replaces the site-wide list on that section’s articles.',
              zh: '留空：全站。选择栏目：在该栏目的文章页替代全站列表。',
            },
          },
        },
      ],
    },
    {
      name: 'picks',
      type: 'array',
      label: { vi: 'Tin chọn (theo thứ tự)', en: 'Picks (in order)', zh: '精选（按顺序）' },
      labels: { singular: { vi: 'Tin', en: 'Pick', zh: '精选' }, plural: { vi: 'Tin', en: 'Picks', zh: '精选' } },
      admin: {
        initCollapsed: false,
        components: { RowLabel: '@/collections/Placements/components/PickRowLabel#PickRowLabel' },
        description: {
          vi: 'Kéo để sắp xếp. Bài chưa đăng ở một ngôn ngữ sẽ không hiện ở ngôn ngữ đó. Tin hết hạn tự biến mất.',
          en: 'Drag to order. An article not published in a language is skipped there. Expired picks vanish by themselves.',
          zh: '拖动排序。未以某语言发布的文章不会在该语言显示。过期的精选会自动消失。',
        },
      },
      fields: [
        {
          name: 'article',
          type: 'relationship',
          relationTo: 'articles',
          required: true,
          label: { vi: 'Bài', en: 'Article', zh: '文章' },
          admin: { allowCreate: false },
        },
        {
          type: 'row',
          fields: [
            {
              name: 'languages',
              type: 'select',
              hasMany: true,
              options: [...locales],
              label: { vi: 'Ngôn ngữ (trống = tất cả)', en: 'Languages (empty = all)', zh: '语言（留空=全部）' },
            },
            {
              name: 'expiresAt',
              type: 'date',
              label: { vi: 'Hết hạn lúc', en: 'Expires at', zh: '到期时间' },
              validate: inTheFuture(ruleMessages.expiryPast),
              admin: localDateAdmin(),
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'rule',
          type: 'select',
          required: true,
          defaultValue: 'latest',
          label: { vi: 'Điền ô trống bằng', en: 'Fill empty slots with', zh: '空位填充' },
          options: [
            {
              value: 'latest',
              label: {
                vi: 'Tin mới nhất (của chuyên mục nếu có)',
                en: 'Latest (in the section, if scoped)',
                zh: '最新（限栏目时为该栏目）',
              },
            },
            { value: 'mostRead', label: { vi: 'Đọc nhiều', en: 'Most read', zh: '最多阅读' } },
            { value: 'tag', label: { vi: 'Theo thẻ', en: 'By tag', zh: '按标签' } },
            { value: 'none', label: { vi: 'Không điền', en: 'Leave empty', zh: '不填充' } },
          ],
        },
        {
          name: 'ruleTag',
          type: 'relationship',
          relationTo: 'tags',
          label: { vi: 'Thẻ', en: 'Tag', zh: '标签' },
          admin: { condition: (_, siblingData) => siblingData?.rule === 'tag' },
          validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: { rule?: string } }) =>
            siblingData?.rule === 'tag' && !value ? say(req, ruleMessages.ruleTagMissing) : true,
        },
      ],
    },
  ],
}
