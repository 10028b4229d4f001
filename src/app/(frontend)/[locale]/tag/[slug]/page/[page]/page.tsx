import { TaxonomyListing, taxonomyMetadata, type TaxonomyParams } from '@/components/listing/taxonomyListing'

type Props = { params: TaxonomyParams }

export const generateStaticParams = () => []
export const generateMetadata = ({ params }: Props) => taxonomyMetadata('tag', params)
export default function TagPageN({ params }: Props) {
  return <TaxonomyListing kind="tag" params={params} />
}
