import Link from 'next/link'

import { CardView, type CardViewProps } from './CardView'

/** One article card in a server-rendered list: its links are Next's (client-side navigation). */
export function CardItem(props: CardViewProps) {
  return <CardView {...props} Anchor={Link} />
}
