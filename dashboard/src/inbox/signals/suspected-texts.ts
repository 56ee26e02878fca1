import type { PersonalDataHit } from '@klankbord/contract'
import type { ProblemBody } from '../api/http.js'

/** What the server found when it refused to save: per field, the text it checked and where. */
export type SuspectedTexts = { field: string; text: string; hits: PersonalDataHit[] }[]

/** Splits a personal-data-suspected problem's hits by field, next to the texts that were sent. */
export function suspectedTexts(problem: ProblemBody, sent: Record<string, string | undefined>): SuspectedTexts {
  const byField = new Map<string, PersonalDataHit[]>()
  for (const { field = 'text', ...hit } of problem.hits ?? []) byField.set(field, [...(byField.get(field) ?? []), hit])
  return [...byField].map(([field, hits]) => ({ field, text: sent[field] ?? '', hits }))
}
