import type { Segment } from '@/search/highlight'

/** Text with the matched words in <mark>; every piece is rendered as text, so nothing in it is markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  )
}
