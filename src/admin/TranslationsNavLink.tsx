import Link from 'next/link'
import type { ServerProps } from 'payload'

const label = { vi: 'Bản dịch cần làm', en: 'Translations to do', zh: '待翻译' }

/** A link to the translators' worklist in the admin's navigation. */
export function TranslationsNavLink({ i18n }: ServerProps) {
  const lang = i18n.language === 'en' || i18n.language === 'zh' ? i18n.language : 'vi'
  return (
    <Link href="/admin/translations" className="nav__link" id="nav-translations-todo">
      <span className="nav__link-label">{label[lang]}</span>
    </Link>
  )
}
