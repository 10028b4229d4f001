import { expect, test } from 'vitest'

import { compareParagraphs, compareText, diffWords, paragraphsOf } from './sideBySide'

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const body = (...children: object[]) => ({ root: { type: 'root', children } })

test('the body is read as its paragraphs, pull quotes included, photos left to their captions', () => {
  const doc = body(
    paragraph('Đoạn một.'),
    { type: 'block', fields: { blockType: 'inlinePhoto', photo: 3 } },
    {
      type: 'heading',
      children: [
        { type: 'text', text: 'Tiêu đề ' },
        { type: 'text', text: 'phụ' },
      ],
    },
    { type: 'block', fields: { blockType: 'pullQuote', text: 'Lời trích' } },
    paragraph('  '),
  )
  expect(paragraphsOf(doc)).toEqual(['Đoạn một.', 'Tiêu đề phụ', 'Lời trích'])
  expect(paragraphsOf(null)).toEqual([])
})

test('a word diff marks the words added and removed', () => {
  expect(diffWords('Hà Nội mở tuyến buýt', 'Hà Nội mở thêm tuyến buýt điện')).toEqual([
    { op: 'same', text: 'Hà Nội mở ' },
    { op: 'added', text: 'thêm ' },
    { op: 'same', text: 'tuyến buýt' },
    { op: 'added', text: ' điện' },
  ])
})

test('an unchanged text has no diff; a changed one does', () => {
  expect(compareText('title', 'A', 'A')).toEqual({ field: 'title', text: 'A' })
  expect(compareText('title', 'A', undefined)).toEqual({ field: 'title', text: 'A' })
  expect(compareText('lead', 'A b', 'A')?.diff).toEqual([
    { op: 'same', text: 'A' },
    { op: 'added', text: ' b' },
  ])
})

test('paragraphs: unchanged ones plain, a rewritten one diffed against the one it replaced, a deleted one kept as removed', () => {
  const before = ['Một.', 'Hai cũ.', 'Ba.', 'Bốn.']
  const now = ['Một.', 'Hai mới.', 'Ba.', 'Năm.', 'Sáu.']
  const segments = compareParagraphs(now, before)
  expect(segments.map((s) => [s.text, Boolean(s.diff), Boolean(s.removed)])).toEqual([
    ['Một.', false, false],
    ['Hai mới.', true, false],
    ['Ba.', false, false],
    ['Năm.', true, false],
    ['Sáu.', true, false],
  ])
  expect(segments[1].diff).toEqual([
    { op: 'same', text: 'Hai ' },
    { op: 'removed', text: 'cũ.' },
    { op: 'added', text: 'mới.' },
  ])
  expect(segments[4].diff).toEqual([{ op: 'added', text: 'Sáu.' }])
  expect(compareParagraphs(['Một.'], ['Một.', 'Hai.'])).toEqual([
    { field: 'body', text: 'Một.' },
    { field: 'body', text: 'Hai.', removed: true, diff: [{ op: 'removed', text: 'Hai.' }] },
  ])
})
