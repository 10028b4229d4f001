import { TaxonomyListing, taxonomyMetadata, type TaxonomyParams } from '@/components/listing/taxonomyListing'

type Props = { params: TaxonomyParams }

export const generateStaticParams = () => []
export const generateMetadata = ({ params }: Props) => taxonomyMetadata('author', params)
export default function AuthorPage({ params }: Props) {
  return <TaxonomyListing kind="author" params={params} />
}
