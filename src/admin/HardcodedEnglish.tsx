'use client'

import { useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

/**
 * A few words Payload writes in English whatever the admin's language (no translation key exists
 * for them, e.g. the rich-text block's "Remove Block" tooltip). They are replaced where they appear.
 */
export const hardcodedEnglish: Record<string, { vi: string; zh: string }> = {
  'Remove Block': { vi: 'Xoá khối', zh: '删除块' },
}

function replaceIn(root: ParentNode, lang: 'vi' | 'zh') {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = hardcodedEnglish[node.nodeValue ?? '']
    if (words) node.nodeValue = words[lang]
  }
}

export function HardcodedEnglish({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'zh' ? 'zh' : i18n.language === 'en' ? null : 'vi'
  useEffect(() => {
    if (!lang) return
    replaceIn(document.body, lang)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'characterData' && mutation.target.parentNode) replaceIn(mutation.target.parentNode, lang)
        for (const added of mutation.addedNodes) if (added instanceof Element) replaceIn(added, lang)
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [lang])
  return <>{children}</>
}
