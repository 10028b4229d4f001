import type { Dictionary } from './vi'

export const zh: Dictionary = {
  siteName: 'Newsroom',
  tagline: '越南语、英语、中文新闻',
  latest: '最新',
  noArticles: '暂无文章。',
  home: '首页',
  sections: '栏目',
  languages: '语言',
  skipToContent: '跳到主要内容',
  photoPrefix: '图',
  sourcePrefix: '来源',
  accordingTo: '据',
  byline: '作者',
  tags: '标签',
  notFoundTitle: '页面未找到',
  notFoundBody: '您要找的页面不存在或已被删除。',
  backHome: '返回首页',
}
