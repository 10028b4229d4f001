import { feedRoute } from '@/feeds/routes'

export const GET = feedRoute('rss')
