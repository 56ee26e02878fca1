import { findPersonalData } from '@klankbord/analytics/redaction'
import { PersonalDataSuspectedError } from './errors.js'

/** The Dutch personal-data detector of the analytics package: what the municipality gets (signals, recommendations) feeds the annual report. */
export { findPersonalData }

/** Refuses texts that seem to hold personal data, unless the confidant confirmed they do not (signals, recommendations). */
export function checkTexts(texts: { field: 'theme' | 'text' | 'response'; value: string | undefined | null }[], accepted: boolean | undefined): void {
  if (accepted) return
  const found = texts.flatMap(({ field, value }) => {
    const hits = value ? findPersonalData(value) : []
    return hits.length ? [{ field, hits }] : []
  })
  if (found.length) throw new PersonalDataSuspectedError(found)
}
