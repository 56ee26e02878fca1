import type { PersonalDataHit, PersonalDataProblemHit } from '@klankbord/contract'
import type { ProblemBody } from '../api/http.js'

/** A field the server checks for personal data. */
export type Field = PersonalDataProblemHit['field']

/** What the server found when it refused to save: per field, the text it checked and where. */
export type SuspectedTexts = { field: Field; text: string; hits: PersonalDataHit[] }[]

/** Splits a personal-data-suspected problem's hits by field, next to the texts that were sent. */
export function suspectedTexts(problem: ProblemBody, sent: Partial<Record<Field, string>>): SuspectedTexts {
  const byField = new Map<Field, PersonalDataHit[]>()
  for (const { field, ...hit } of problem.hits ?? []) byField.set(field, [...(byField.get(field) ?? []), hit])
  return [...byField].map(([field, hits]) => ({ field, text: sent[field] ?? '', hits }))
}
