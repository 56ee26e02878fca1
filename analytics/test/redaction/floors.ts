import type { PersonalDataType } from '@klankbord/contract'
import { expect } from 'vitest'
import type { Evaluation } from '../../src/redaction/index.js'

/** Per type, the least recall and precision a labelled set may show: a little under what was measured. */
export type Floors = Record<PersonalDataType, { precision: number; recall: number }>

export function expectTypeAboveFloor(result: Evaluation, type: PersonalDataType, floors: Floors): void {
  const score = result.perType[type]
  expect(score.recall, `recall of ${type}`).toBeGreaterThanOrEqual(floors[type].recall)
  expect(score.precision, `precision of ${type}`).toBeGreaterThanOrEqual(floors[type].precision)
}
