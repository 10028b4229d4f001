/** The named placements editors curate, and what each fills with when editors leave slots empty. */
export const placementKeys = ['topStory', 'featured', 'youMayBeInterested', 'recommended'] as const
export type PlacementKey = (typeof placementKeys)[number]

export const placementRules = ['latest', 'mostRead', 'tag', 'none'] as const
export type PlacementRule = (typeof placementRules)[number]

export const placementLabels: Record<PlacementKey, { vi: string; en: string; zh: string }> = {
  topStory: { vi: 'Tin tiêu điểm (trang chủ)', en: 'Top story (home)', zh: '头条（首页）' },
  featured: { vi: 'Tin nổi bật (trang chủ)', en: 'Featured (home)', zh: '要闻（首页）' },
  youMayBeInterested: { vi: 'Có thể bạn quan tâm', en: 'You may be interested', zh: '您可能感兴趣' },
  recommended: { vi: 'Nên xem', en: 'Recommended', zh: '推荐' },
}

/** Used when no placement document exists for a key: the site still fills every slot. */
export const defaultRules: Record<PlacementKey, PlacementRule> = {
  topStory: 'latest',
  featured: 'latest',
  youMayBeInterested: 'mostRead',
  recommended: 'latest',
}
