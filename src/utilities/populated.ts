/** A relationship is either an ID (not populated, or hidden by access rules) or the document. */
export function populated<T extends object>(value: number | string | T | null | undefined): T | undefined {
  return value !== null && typeof value === 'object' ? value : undefined
}

export function populatedList<T extends object>(values: (number | string | T)[] | null | undefined): T[] {
  return (values ?? []).map((value) => populated(value)).filter((value): value is T => value !== undefined)
}
