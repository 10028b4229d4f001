'use client'

import { useEffect, useState } from 'react'

import { fontScaleKey, fontScales } from './fontScale'

type Labels = { smaller: string; larger: string; size: string; print: string; tools: string }

function applyScale(scale: number) {
  document.documentElement.style.setProperty('--article-font-scale', String(scale))
}

/** A− / A+ (remembered in this browser, no cookie) and Print. */
export function ReadingTools({ labels }: { labels: Labels }) {
  const [index, setIndex] = useState(1)

  useEffect(() => {
    const saved = Number(window.localStorage.getItem(fontScaleKey))
    const found = fontScales.indexOf(saved as (typeof fontScales)[number])
    if (found >= 0) setIndex(found)
  }, [])

  function change(step: number) {
    const next = Math.min(fontScales.length - 1, Math.max(0, index + step))
    setIndex(next)
    applyScale(fontScales[next])
    try {
      window.localStorage.setItem(fontScaleKey, String(fontScales[next]))
    } catch {
      // Private mode: the size still applies to this page.
    }
  }

  return (
    <div className="reading-tools" role="group" aria-label={labels.tools}>
      <span className="reading-tools__label" aria-hidden="true">
        {labels.size}
      </span>
      <button type="button" onClick={() => change(-1)} disabled={index === 0} aria-label={labels.smaller} title={labels.smaller}>
        A−
      </button>
      <button
        type="button"
        onClick={() => change(1)}
        disabled={index === fontScales.length - 1}
        aria-label={labels.larger}
        title={labels.larger}
      >
        A+
      </button>
      <button type="button" onClick={() => window.print()} className="reading-tools__print">
        {labels.print}
      </button>
    </div>
  )
}
