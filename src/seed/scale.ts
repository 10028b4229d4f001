/**
 * npm run seed:scale -- N: adds N realistic articles to the database (on top of the demo newsroom,
 * loaded first if missing), for benchmarks. Each article has three published editions (vi, en, zh),
 * a reused photo, 2–3 tags, an author, three related articles and a publication time spread over
 * the last years.
 */
import { getPayload, type Payload, type PayloadRequest } from 'payload'

import type { Article } from '@/payload-types'
import { refreshQueryPlannerStats } from '@/db/queryPlanner'
import { searchTextOf } from '@/hooks/searchAcrossLocales'
import { searchIndexOf } from '@/collections/Articles/fields/search'
import { locales } from '@/i18n/locales'
import { slugify } from '@/utilities/slugify'
import { seedDemoNewsroom } from './seed'

const vi = ['Hà Nội', 'Đà Nẵng', 'TP Hồ Chí Minh', 'Cần Thơ', 'Hải Phòng', 'Huế', 'Quảng Ninh', 'Nghệ An']
const viTopics = [
  'mở rộng tuyến metro',
  'khai trương cảng biển',
  'đón khách quốc tế',
  'tăng trưởng xuất khẩu',
  'lễ hội mùa xuân',
  'chống ngập đô thị',
  'phát triển năng lượng sạch',
  'chuyển đổi số',
]
const en = ['Hanoi', 'Da Nang', 'Ho Chi Minh City', 'Can Tho', 'Hai Phong', 'Hue', 'Quang Ninh', 'Nghe An']
const enTopics = [
  'extends its metro line',
  'opens a new seaport',
  'welcomes foreign visitors',
  'grows its exports',
  'holds a spring festival',
  'fights urban flooding',
  'builds clean energy',
  'goes digital',
]
const zh = ['河内', '岘港', '胡志明市', '芹苴', '海防', '顺化', '广宁', '乂安']
const zhTopics = ['延长地铁线路', '新港口开业', '迎接国际游客', '出口增长', '举办春节庙会', '治理城市内涝', '发展清洁能源', '推进数字化']

const paragraph = (text: string) => ({
  type: 'paragraph',
  format: '' as const,
  indent: 0,
  version: 1,
  direction: 'ltr' as const,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
})

function body(sentences: string[]): NonNullable<Article['body']> {
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: sentences.map(paragraph) } }
}

/** A small deterministic generator: the same N gives the same newsroom. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

type Pools = { sections: number[]; tags: number[]; authors: number[]; photos: number[] }

async function pools(payload: Payload): Promise<Pools> {
  const ids = async (collection: 'sections' | 'tags' | 'authors' | 'media') =>
    (await payload.find({ collection, limit: 500, depth: 0, pagination: false, select: {} })).docs.map((doc) => doc.id)
  return { sections: await ids('sections'), tags: await ids('tags'), authors: await ids('authors'), photos: await ids('media') }
}

function editions(n: number, pick: () => number) {
  const place = Math.floor(pick() * vi.length)
  const topic = Math.floor(pick() * viTopics.length)
  const number = `#${n}`
  return {
    vi: {
      title: `${vi[place]} ${viTopics[topic]} ${number}`,
      lead: `TTXVN - ${vi[place]} ${viTopics[topic]}, theo báo cáo mới nhất của thành phố.`,
      text: [
        `${vi[place]} ${viTopics[topic]} trong năm nay.`,
        'Chính quyền cho biết kế hoạch sẽ được triển khai theo từng giai đoạn.',
        'Người dân bày tỏ sự đồng tình và mong chờ kết quả.',
      ],
    },
    en: {
      title: `${en[place]} ${enTopics[topic]} ${number}`,
      lead: `VNA - ${en[place]} ${enTopics[topic]}, the city's latest report says.`,
      text: [
        `${en[place]} ${enTopics[topic]} this year.`,
        'Officials said the plan would be carried out in stages.',
        'Residents welcomed the news and are waiting for results.',
      ],
    },
    zh: {
      title: `${zh[place]}${zhTopics[topic]} ${number}`,
      lead: `越通社 - 据最新报告，${zh[place]}${zhTopics[topic]}。`,
      text: [`${zh[place]}今年${zhTopics[topic]}。`, '官员表示，该计划将分阶段实施。', '居民对此表示欢迎。'],
    },
  }
}

/** Articles written per transaction: one commit per chunk instead of one per article. */
const chunkSize = 250

/**
 * Writes through the database adapter's own create (Payload's adapter API, so MongoDB works too)
 * with all three editions at once, in chunks of one transaction each: ~100× faster than the Local
 * API's create + two translated updates. Hooks and version history are skipped: these articles are
 * load, not newsroom history, and the public pages read only the published documents. What the
 * hooks would store (search index, every headline, workflow state) is written here, so that search
 * and the admin see the archive as they would a real one.
 */
export async function seedScale(payload: Payload, count: number, log: (line: string) => void = console.log): Promise<number[]> {
  await seedDemoNewsroom(payload)
  const pool = await pools(payload)
  const existing = (await payload.count({ collection: 'articles' })).totalDocs
  const pick = random(existing + count)
  const choose = (list: number[]) => list[Math.floor(pick() * list.length)]
  const created: number[] = []
  const started = Date.now()
  const now = Date.now()
  const spacing = Math.max(60_000, Math.floor((3 * 365 * 86_400_000) / count))
  for (let first = 0; first < count; first += chunkSize) {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID, payload } as unknown as PayloadRequest
    for (let i = first; i < Math.min(count, first + chunkSize); i++) {
      const n = existing + i + 1
      const text = editions(n, pick)
      const byLocale = <T>(get: (edition: (typeof text)['vi']) => T) => ({ vi: get(text.vi), en: get(text.en), zh: get(text.zh) })
      // What the hooks would have stored: the search index of each edition, every headline for staff search.
      const index = byLocale((e) => searchIndexOf({ title: e.title, lead: e.lead, body: body(e.text) }))
      const tags = [...new Set([choose(pool.tags), choose(pool.tags), choose(pool.tags)])]
      const related = created.length >= 3 ? created.slice(-3).reverse() : []
      const hero = choose(pool.photos)
      const at = new Date(now - (count - i) * spacing).toISOString()
      const doc = await payload.db.create({
        collection: 'articles',
        req,
        data: {
          title: byLocale((e) => e.title),
          lead: byLocale((e) => e.lead),
          body: byLocale((e) => body(e.text)),
          slug: byLocale((e) => slugify(e.title)),
          searchTitle: { vi: index.vi.searchTitle, en: index.en.searchTitle, zh: index.zh.searchTitle },
          searchText: { vi: index.vi.searchText, en: index.en.searchText, zh: index.zh.searchText },
          allHeadlines: searchTextOf(
            locales.map((locale) => text[locale].title),
            true,
          ),
          _status: { vi: 'published', en: 'published', zh: 'published' },
          workflowState: { vi: 'published', en: 'published', zh: 'published' },
          // Per edition: every edition shows the same photo and related list here.
          heroImage: byLocale(() => hero),
          section: choose(pool.sections),
          tags,
          authors: [choose(pool.authors)],
          related: byLocale(() => related),
          publishedAt: at,
          createdAt: at,
          updatedAt: at,
        },
      })
      created.push(doc.id as number)
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    const done = Math.min(count, first + chunkSize)
    if (done % 5000 === 0 || done === count) {
      log(`seed:scale ${done}/${count} articles (${(done / ((Date.now() - started) / 1000)).toFixed(0)}/s)`)
    }
  }
  // What a running server does on start and every few hours; here the archive just grew N-fold.
  await refreshQueryPlannerStats(payload)
  return created
}

async function main() {
  const count = Number(process.argv[2] ?? '1000')
  if (!Number.isInteger(count) || count < 1) throw new Error('Usage: npm run seed:scale -- <number of articles>')
  // Imported here, not at the top: tests import seedScale and must keep their own database.
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  await seedScale(payload, count)
  const { totalDocs } = await payload.count({ collection: 'articles' })
  console.log(`SEED_SCALE_DONE articles=${totalDocs}`)
  await payload.destroy()
}

if (process.argv[1]?.endsWith('scale.ts')) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
}
