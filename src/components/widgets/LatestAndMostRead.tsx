import { getLatestWidget, getMostRead, latestWindow } from '@/content'
import { dictionary } from '@/i18n/dictionaries'
import type { Locale } from '@/i18n/locales'
import { ArticleList } from './ArticleList'
import { Tabs } from './Tabs'

/** "Mới nhất / Đọc nhiều": two tabs over two lists; `exclude` keeps the current article out. */
export async function LatestAndMostRead({ locale, size, exclude }: { locale: Locale; size: number; exclude?: number }) {
  const t = dictionary(locale)
  const [latest, mostRead] = await Promise.all([getLatestWidget(locale, latestWindow, 1), getMostRead(locale, size + 1)])
  const without = <T extends { id: number }>(cards: T[]) => cards.filter((card) => card.id !== exclude).slice(0, size)
  return (
    <section className="latest-most-read" aria-label={`${t.latest} / ${t.mostRead}`} id="latest-most-read">
      <Tabs
        label={`${t.latest} / ${t.mostRead}`}
        tabs={[
          {
            key: 'latest',
            label: t.latest,
            content: <ArticleList title={t.latest} cards={without(latest.items)} variant="compact" emptyText={t.noArticles} />,
          },
          {
            key: 'most-read',
            label: t.mostRead,
            content: <ArticleList title={t.mostRead} cards={without(mostRead)} variant="compact" emptyText={t.noArticles} />,
          },
        ]}
      />
    </section>
  )
}
