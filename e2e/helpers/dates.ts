import type { Page } from '@playwright/test'

/** The desk's time zone: the Vietnamese admin types and shows times in Vietnam time. */
export const deskTimeZone = 'Asia/Ho_Chi_Minh'

/** A moment as the Vietnamese admin writes it: day first, 24-hour, Vietnam time ("04/12/2026 18:00"). */
export function dayFirst(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: deskTimeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(at)
    .replace(',', '')
}

/** Types a time into a date field as a person would, then leaves the field (the picker closes and keeps the text). */
export async function typeDate(page: Page, field: string, text: string, leaveWith: 'Escape' | 'Enter' = 'Escape'): Promise<void> {
  const input = page.locator(`#field-${field} input`).first()
  await input.click()
  await input.fill(text)
  await input.press(leaveWith)
}
