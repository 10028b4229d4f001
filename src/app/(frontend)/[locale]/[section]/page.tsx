import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleList } from '@/components/widgets/ArticleList'
import { latestInSection } from '@/content/articles'
import { sectionBySlug } from '@/content/sections'
import { dictionary } from '@/i18n/dictionaries'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; section: string }> }

async function load(params: Props['params']) {
  const { locale, section: slug } = await params
  if (!isLocale(locale)) notFound()
  const section = await sectionBySlug(locale, slug)
  if (!section?.name) notFound()
  return { locale, section }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await load(params)
  return { title: section.name }
}

export default async function SectionPage({ params }: Props) {
  const { locale, section } = await load(params)
  const articles = await latestInSection(locale, section.id, 30)
  return (
    <ArticleList title={section.name} articles={articles} locale={locale} emptyText={dictionary(locale).noArticles} headingLevel="h1" />
  )
}
