import type { TextFieldValidation } from 'payload'

/** Every photo names who made it: a photographer, an agency, or both. */
export const requireCreditOrAgency: TextFieldValidation = (value, { siblingData }) => {
  const agency = (siblingData as { agency?: string | null }).agency
  if (value?.trim() || agency?.trim()) return true
  return 'A photo needs a credit: the photographer, the agency, or both. / Ảnh cần ghi tác giả hoặc hãng.'
}
