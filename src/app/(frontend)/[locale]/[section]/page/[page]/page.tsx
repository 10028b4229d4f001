import { SectionListing, sectionMetadata, type SectionParams } from '@/components/listing/sectionListing'

type Props = { params: SectionParams }

export const generateStaticParams = () => []
export const generateMetadata = ({ params }: Props) => sectionMetadata(params)
export default function SectionPageN({ params }: Props) {
  return <SectionListing params={params} />
}
