import { PERSONAL_DATA_TYPES, type PersonalDataType } from '@klankbord/contract'
import { expect } from 'vitest'
import type { Evaluation } from '../../src/redaction/index.js'

/** Per type, the least recall and precision a labelled set may show: a little under what was measured. */
export type Floors = Record<PersonalDataType, { precision: number; recall: number }>

export function expectTypeAboveFloor(result: Evaluation, type: PersonalDataType, floors: Floors): void {
  const score = result.perType[type]
  expect(score.recall, `recall of ${type}`).toBeGreaterThanOrEqual(floors[type].recall)
  expect(score.precision, `precision of ${type}`).toBeGreaterThanOrEqual(floors[type].precision)
}

/** Every type at `usual`, except those named: a floor table in a line or two. */
export function floorsOf(usual: { precision: number; recall: number }, except: Partial<Record<PersonalDataType, Partial<{ precision: number; recall: number }>>> = {}): Floors {
  return Object.fromEntries(PERSONAL_DATA_TYPES.map((type) => [type, { ...usual, ...except[type] }])) as Floors
}
