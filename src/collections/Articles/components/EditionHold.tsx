'use client'

import { useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useRef, useState } from 'react'

import { holdRenewMs } from '../holds/rules'

type Lang = 'vi' | 'en' | 'zh'
type Hold = { userId: number | string; userName: string; since: string }
type Answer =
  { kind: 'mine'; hold: Hold; takenOverFrom: Hold | null; renewEveryMs: number } | { kind: 'held'; hold: Hold; renewEveryMs: number }

const text: Record<
  Lang,
  {
    held: (name: string, since: string) => string
    lost: (name: string, since: string) => string
    takeOver: string
    took: (name: string) => string
  }
> = {
  vi: {
    held: (name, since) => `${name} đang sửa bản này (từ ${since}). Thay đổi của bạn sẽ không được lưu cho đến khi bạn tiếp quản.`,
    lost: (name, since) => `${name} đã tiếp quản bản này lúc ${since}. Thay đổi của bạn từ lúc đó không được lưu; hãy tải lại trang.`,
    takeOver: 'Tiếp quản',
    took: (name) => `Bạn đã tiếp quản bản này từ ${name}.`,
  },
  en: {
    held: (name, since) => `${name} is editing this edition (since ${since}). Your changes are not saved until you take it over.`,
    lost: (name, since) => `${name} took this edition over at ${since}. Your changes since then are not saved; reload the page.`,
    takeOver: 'Take over',
    took: (name) => `You took this edition over from ${name}.`,
  },
  zh: {
    held: (name, since) => `${name}正在编辑此版本（自${since}起）。接管之前，您的修改不会被保存。`,
    lost: (name, since) => `${name}已于${since}接管此版本。此后您的修改未保存，请刷新页面。`,
    takeOver: '接管',
    took: (name) => `您已从${name}处接管此版本。`,
  },
}

const clock = (iso: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : lang === 'zh' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))

/**
 * Holds the edition open on this page for its person, as long as the page stays open (typing or
 * not), and shows who else holds it, with an explicit "take over". The server refuses saves by
 * anyone but the holder (423), so the banner says what would otherwise be a failed autosave.
 */
export function EditionHold() {
  const { id } = useDocumentInfo()
  const { code: locale } = useLocale()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' || i18n.language === 'zh' ? i18n.language : 'vi'
  const [answer, setAnswer] = useState<Answer | null>(null)
  const [lost, setLost] = useState<Hold | null>(null)
  const hadIt = useRef(false)

  const ask = useCallback(
    async (takeOver: boolean) => {
      if (!id) return
      const response = await fetch(`/api/articles/${id}/hold/${locale}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ takeOver }),
      }).catch(() => null)
      if (!response?.ok) return
      const next = (await response.json()) as Answer
      if (next.kind === 'held' && hadIt.current) setLost(next.hold)
      if (next.kind === 'mine') {
        hadIt.current = true
        setLost(null)
      }
      setAnswer(next)
    },
    [id, locale],
  )

  useEffect(() => {
    if (!id) return
    hadIt.current = false
    void ask(false)
    const timer = window.setInterval(() => void ask(false), holdRenewMs)
    // Always let go when leaving, even before the first answer came back: the server releases
    // only a hold of this person's, and a page left within a second must not keep one.
    const release = () =>
      void fetch(`/api/articles/${id}/hold/${locale}`, { method: 'DELETE', credentials: 'include', keepalive: true }).catch(() => null)
    window.addEventListener('pagehide', release)
    return () => {
      window.clearInterval(timer)
      window.removeEventListener('pagehide', release)
      release()
    }
  }, [id, locale, ask])

  if (!id || !answer) return null
  const t = text[lang]
  if (lost) {
    return (
      <div role="alert" data-testid="edition-hold" data-state="lost" style={banner}>
        {t.lost(lost.userName, clock(lost.since, lang))}
      </div>
    )
  }
  if (answer.kind === 'held') {
    return (
      <div role="alert" data-testid="edition-hold" data-state="held" style={banner}>
        <span>{t.held(answer.hold.userName, clock(answer.hold.since, lang))}</span>{' '}
        <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} onClick={() => void ask(true)}>
          {t.takeOver}
        </button>
      </div>
    )
  }
  if (answer.takenOverFrom) {
    return (
      <div role="status" data-testid="edition-hold" data-state="taken-over" style={{ ...banner, background: 'var(--theme-success-100)' }}>
        {t.took(answer.takenOverFrom.userName)}
      </div>
    )
  }
  return <span data-testid="edition-hold" data-state="mine" hidden />
}

const banner: React.CSSProperties = {
  background: 'var(--theme-warning-100)',
  border: '1px solid var(--theme-warning-500)',
  borderRadius: 4,
  padding: '0.75rem 1rem',
  marginBottom: '1rem',
  display: 'flex',
  gap: '0.75rem',
  alignItems: 'center',
  flexWrap: 'wrap',
}
