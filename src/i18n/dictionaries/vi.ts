export const vi = {
  siteName: 'Newsroom',
  tagline: 'Tin tức tiếng Việt, English, 中文',
  latest: 'Mới nhất',
  noArticles: 'Chưa có bài viết nào.',
  home: 'Trang chủ',
  sections: 'Chuyên mục',
  languages: 'Ngôn ngữ',
  skipToContent: 'Chuyển đến nội dung chính',
  photoPrefix: 'Ảnh',
  sourcePrefix: 'Nguồn',
  accordingTo: 'Theo',
  byline: 'Tác giả',
  tags: 'Thẻ',
  notFoundTitle: 'Không tìm thấy trang',
  notFoundBody: 'Trang bạn tìm không tồn tại hoặc đã bị gỡ.',
  backHome: 'Về trang chủ',
}

export type Dictionary = typeof vi
