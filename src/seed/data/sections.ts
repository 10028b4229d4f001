import type { DemoSection } from './types'

/** Top-level sections of the demo newsroom, plus one nested section (du-lich under van-hoa). */
export const sections: DemoSection[] = [
  { key: 'thoi-su', name: { vi: 'Thời sự', en: 'News', zh: '时事' } },
  { key: 'kinh-te', name: { vi: 'Kinh tế', en: 'Business', zh: '经济' } },
  { key: 'the-gioi', name: { vi: 'Thế giới', en: 'World', zh: '国际' } },
  { key: 'van-hoa', name: { vi: 'Văn hóa', en: 'Culture', zh: '文化' } },
  { key: 'the-thao', name: { vi: 'Thể thao', en: 'Sports', zh: '体育' } },
  { key: 'cong-nghe', name: { vi: 'Công nghệ', en: 'Technology', zh: '科技' } },
  { key: 'du-lich', name: { vi: 'Du lịch', en: 'Travel', zh: '旅游' }, parent: 'van-hoa' },
]
