import type { PersonalDataHit } from '@klankbord/contract'
import { findPersonalData } from './signals/personal-data.js'

/** A text for the municipality seems to hold personal data and the confidant has not confirmed it does not. */
export class PersonalDataSuspectedError extends Error {
  constructor(readonly hits: { field: 'theme' | 'text' | 'response'; hits: PersonalDataHit[] }[]) {
    super('Personal data suspected')
  }
}

/** Refuses texts that seem to hold personal data, unless the confidant confirmed they do not (signals, recommendations). */
export function checkTexts(texts: { field: 'theme' | 'text' | 'response'; value: string | undefined | null }[], accepted: boolean | undefined): void {
  if (accepted) return
  const found = texts.flatMap(({ field, value }) => {
    const hits = value ? findPersonalData(value) : []
    return hits.length ? [{ field, hits }] : []
  })
  if (found.length) throw new PersonalDataSuspectedError(found)
}
