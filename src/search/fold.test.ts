import { describe, expect, test } from 'vitest'

import { foldText, matchPattern, parseQuery } from './fold'
import { excerpt, highlight } from './highlight'
import { lexicalPlainText } from './plainText'

describe('foldText', () => {
  test('drops case and Vietnamese diacritics; đ folds to d', () => {
    expect(foldText('Hà Nội')).toBe(' ha noi ')
    expect(foldText('HÀ NỘI')).toBe(' ha noi ')
    expect(foldText('ĐƯỜNG Đua đến Đà Nẵng')).toBe(' duong dua den da nang ')
    expect(foldText('Thủ tướng phát biểu')).toBe(' thu tuong phat bieu ')
  })

  test('punctuation becomes one word break; full-width forms are unified', () => {
    expect(foldText('«Hà Nội», 2026!')).toBe(' ha noi 2026 ')
    expect(foldText('ＧＤＰ　增长')).toBe(' gdp 增长 ')
  })

  test('Latin words are split from Chinese they touch', () => {
    expect(foldText('越南GDP增长6%')).toBe(' 越南 gdp 增长 6 ')
  })

  test('nothing searchable folds to a single space', () => {
    expect(foldText('!!! ??? ...')).toBe(' ')
    expect(foldText(null)).toBe(' ')
  })
})

describe('parseQuery and matchPattern', () => {
  test('symbols only or blank give no words', () => {
    expect(parseQuery('  %%% ### ').words).toEqual([])
    expect(parseQuery(undefined).words).toEqual([])
    expect(parseQuery(['ha noi', 'x']).phrase).toBe('ha noi')
  })

  test('a huge query is capped, never refused', () => {
    const query = parseQuery('a'.repeat(10_000))
    expect(query.raw.length).toBe(200)
    expect(query.words).toEqual(['a'.repeat(200)])
    expect(parseQuery('x '.repeat(5000)).words.length).toBe(12)
  })

  test('whole words for Latin script, substrings for Chinese', () => {
    expect(matchPattern('ha noi')).toBe(' ha noi ')
    expect(matchPattern('经济')).toBe('经济')
    expect(foldText('nhà nội').includes(matchPattern('ha noi'))).toBe(false)
    expect(foldText('越南经济增长').includes(matchPattern(parseQuery('经济').phrase))).toBe(true)
  })
})

describe('highlight', () => {
  test('marks the matched words in the original text, diacritics and all', () => {
    const segments = highlight('Mưa lớn ở Hà Nội, nhà nội trú ngập.', parseQuery('ha noi'))
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Hà Nội'])
    expect(segments.map((s) => s.text).join('')).toBe('Mưa lớn ở Hà Nội, nhà nội trú ngập.')
  })

  test('falls back to each word when the phrase is not there (words mode only)', () => {
    const segments = highlight('Nội dung họp ở Hà Giang', parseQuery('ha noi'), 'words')
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Nội', 'Hà'])
    // A phrase search found the phrase elsewhere: lone words here are not highlighted.
    expect(highlight('Tình nguyện viên đã đến', parseQuery('da nang'), 'phrase').some((s) => s.match)).toBe(false)
  })

  test('Chinese substrings', () => {
    const segments = highlight('越南经济增长强劲', parseQuery('经济'))
    expect(segments).toEqual([
      { text: '越南', match: false },
      { text: '经济', match: true },
      { text: '增长强劲', match: false },
    ])
  })

  test('markup in the text stays text (the page renders segments as text)', () => {
    const segments = highlight('<b>Hà Nội</b>', parseQuery('hà nội'))
    expect(segments.map((s) => s.text).join('')).toBe('<b>Hà Nội</b>')
    expect(segments.find((s) => s.match)?.text).toBe('Hà Nội')
  })

  test('excerpt cuts around the first match', () => {
    const text = `${'Mở đầu dài dòng. '.repeat(40)}Đà Nẵng đón khách. ${'Kết thúc. '.repeat(40)}`
    const passage = excerpt(text, parseQuery('da nang'), 120) ?? []
    expect(passage[0].text).toBe('…')
    expect(passage.at(-1)?.text).toBe('…')
    expect(passage.find((s) => s.match)?.text).toBe('Đà Nẵng')
    expect(excerpt(text, parseQuery('hải phòng'))).toBeUndefined()
  })
})

test('lexicalPlainText reads paragraphs, headings and pull quotes', () => {
  const body = {
    root: {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', text: 'Đoạn một' }] },
        { type: 'heading', children: [{ type: 'text', text: 'Tiêu đề phụ' }] },
        { type: 'block', fields: { blockType: 'pullQuote', text: 'Lời trích', attribution: 'Ông A' } },
        { type: 'block', fields: { blockType: 'relatedLink', article: 3 } },
      ],
    },
  }
  expect(lexicalPlainText(body)).toBe('Đoạn một\nTiêu đề phụ\nLời trích Ông A')
  expect(lexicalPlainText(null)).toBe('')
})
