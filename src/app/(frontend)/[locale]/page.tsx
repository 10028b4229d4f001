import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/widgets/ArticleList'
import { latestArticles } from '@/content/articles'
import { dictionary } from '@/i18n/dictionaries'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = dictionary(locale)
  const articles = await latestArticles(locale, 30)
  return <ArticleList title={t.latest} articles={articles} locale={locale} emptyText={t.noArticles} headingLevel="h1" />
}
