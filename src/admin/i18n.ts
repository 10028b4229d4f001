import type { Config } from 'payload'

/**
 * Payload's own words we change in the admin. Payload names both the content language (the
 * edition being edited, in the header) and the interface language (account settings) "Ngôn ngữ";
 * a desk working on three editions must tell them apart.
 */
export const adminTranslations: NonNullable<Config['i18n']>['translations'] = {
  vi: {
    general: { locale: 'Ngôn ngữ nội dung', locales: 'Ngôn ngữ nội dung', language: 'Ngôn ngữ giao diện' },
    // The redirects plugin has no Vietnamese or Chinese; without these its form shows its keys.
    'plugin-redirects': {
      customUrl: 'Địa chỉ tự nhập',
      documentToRedirect: 'Bài chuyển đến',
      fromUrl: 'Địa chỉ cũ',
      internalLink: 'Bài trên trang',
      redirectType: 'Kiểu chuyển hướng',
      toUrlType: 'Chuyển đến',
    },
  },
  en: { general: { locale: 'Content language', locales: 'Content languages', language: 'Interface language' } },
  zh: {
    general: { locale: '内容语言', locales: '内容语言', language: '界面语言' },
    'plugin-redirects': {
      customUrl: '自定义网址',
      documentToRedirect: '跳转到的文章',
      fromUrl: '旧地址',
      internalLink: '站内文章',
      redirectType: '重定向类型',
      toUrlType: '跳转目标类型',
    },
  },
}
