import type { DemoTag } from './types'

export const tags: DemoTag[] = [
  { key: 'ha-noi', name: { vi: 'Hà Nội', en: 'Hanoi', zh: '河内' } },
  { key: 'tp-ho-chi-minh', name: { vi: 'TP Hồ Chí Minh', en: 'Ho Chi Minh City', zh: '胡志明市' } },
  { key: 'da-nang', name: { vi: 'Đà Nẵng', en: 'Da Nang', zh: '岘港' } },
  { key: 'hue', name: { vi: 'Huế', en: 'Hue', zh: '顺化' } },
  { key: 'giao-thong', name: { vi: 'Giao thông', en: 'Transport', zh: '交通' } },
  { key: 'moi-truong', name: { vi: 'Môi trường', en: 'Environment', zh: '环境' } },
  { key: 'chuyen-doi-so', name: { vi: 'Chuyển đổi số', en: 'Digital transformation', zh: '数字化转型' } },
  { key: 'xuat-khau', name: { vi: 'Xuất khẩu', en: 'Exports', zh: '出口' } },
  { key: 'bong-da', name: { vi: 'Bóng đá', en: 'Football', zh: '足球' } },
  { key: 'le-hoi', name: { vi: 'Lễ hội', en: 'Festivals', zh: '节庆' } },
  { key: 'du-lich', name: { vi: 'Du lịch', en: 'Tourism', zh: '旅游' } },
  { key: 'giao-duc', name: { vi: 'Giáo dục', en: 'Education', zh: '教育' } },
  { key: 'y-te', name: { vi: 'Y tế', en: 'Health', zh: '医疗卫生' } },
  { key: 'nong-nghiep', name: { vi: 'Nông nghiệp', en: 'Agriculture', zh: '农业' } },
  { key: 'khoi-nghiep', name: { vi: 'Khởi nghiệp', en: 'Start-ups', zh: '创业' } },
  { key: 'thoi-tiet', name: { vi: 'Thời tiết', en: 'Weather', zh: '天气' } },
]
