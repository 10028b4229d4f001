import type { GlobalConfig, RelationshipField } from 'payload'

import { editorsOnly } from '@/access/roles'
import { invalidateGlobalOnChange } from '@/cache/hooks'

type Labels = { vi: string; en: string; zh: string }

function picks(name: string, label: Labels, maxRows: number, description: Labels): RelationshipField {
  return {
    name,
    type: 'relationship',
    relationTo: 'articles',
    hasMany: true,
    maxRows,
    label,
    admin: { description },
  }
}

const fallbackNote: Labels = {
  vi: 'Theo thứ tự. Bài chưa đăng ở một ngôn ngữ sẽ không hiện ở ngôn ngữ đó; ô trống được tự động điền bằng tin mới nhất.',
  en: 'In order. An article not published in a language is skipped there; empty slots fill with the latest news.',
  zh: '按顺序排列。未以某语言发布的文章不会在该语言显示；空位自动以最新新闻填充。',
}

/** Editors' picks for the home page and the site-wide "You may be interested" and "Recommended" lists. */
export const HomePage: GlobalConfig = {
  slug: 'home-page',
  label: { vi: 'Trang chủ & tin chọn', en: 'Home page & picks', zh: '首页与精选' },
  admin: { group: { vi: 'Nội dung', en: 'Content', zh: '内容' } },
  access: { read: () => true, update: editorsOnly },
  hooks: { afterChange: [invalidateGlobalOnChange({ global: 'home-page' })] },
  fields: [
    {
      name: 'topStory',
      type: 'relationship',
      relationTo: 'articles',
      label: { vi: 'Tin tiêu điểm', en: 'Top story', zh: '头条' },
      admin: { description: fallbackNote },
    },
    picks('featured', { vi: 'Tin nổi bật', en: 'Featured', zh: '要闻' }, 6, fallbackNote),
    picks('youMayBeInterested', { vi: 'Có thể bạn quan tâm', en: 'You may be interested', zh: '您可能感兴趣' }, 8, fallbackNote),
    picks('recommended', { vi: 'Nên xem', en: 'Recommended', zh: '推荐' }, 8, fallbackNote),
  ],
}
