/**
 * How each admin language writes a date and time (date-fns patterns): Vietnamese day first,
 * 24-hour ("04/12/2026 18:00"); English "4 Dec 2026, 18:00"; Chinese "2026年12月4日 18:00".
 * `typed` are the patterns accepted when a date is typed, the shown one first; nothing else is
 * guessed (react-datepicker's fallback read "04/12/2026" month first, as 12 April).
 */
export type AdminDateFormat = { shown: string; typed: string[]; time: string; timeCaption: string; placeholder: string }

export const adminDateFormats: Record<'vi' | 'en' | 'zh', AdminDateFormat> = {
  vi: {
    shown: 'dd/MM/yyyy HH:mm',
    typed: ['dd/MM/yyyy HH:mm', 'd/M/yyyy H:mm'],
    time: 'HH:mm',
    timeCaption: 'Giờ',
    placeholder: 'ngày/tháng/năm giờ:phút',
  },
  en: {
    shown: 'd MMM yyyy, HH:mm',
    typed: ['d MMM yyyy, HH:mm', 'd MMM yyyy HH:mm', 'dd/MM/yyyy HH:mm', 'yyyy-MM-dd HH:mm'],
    time: 'HH:mm',
    timeCaption: 'Time',
    placeholder: 'd MMM yyyy, hh:mm',
  },
  zh: {
    shown: 'yyyy年M月d日 HH:mm',
    typed: ['yyyy年M月d日 HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/M/d H:mm'],
    time: 'HH:mm',
    timeCaption: '时间',
    placeholder: 'yyyy年M月d日 HH:mm',
  },
}

export function adminDateFormat(language: string | undefined): AdminDateFormat {
  return language === 'en' || language === 'zh' ? adminDateFormats[language] : adminDateFormats.vi
}

/**
 * The one pattern Payload's own views use (version history, "last modified", timestamp columns):
 * `admin.dateFormat` is a single string for every language, so it is written with date-fns'
 * localized long date (PPP), which each admin language spells its own way, day first in
 * Vietnamese ("ngày 4 tháng 12 năm 2026 18:00"), "2026年12月4日 18:00" in Chinese, and a 24-hour
 * time in all three. A numeric pattern would read month first somewhere.
 */
export const payloadViewsDateFormat = 'PPP HH:mm'
