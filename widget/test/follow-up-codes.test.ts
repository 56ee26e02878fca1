import { describe, expect, it } from 'vitest'
import { foreignCharacters, normaliseFollowUpCode, normaliseReference } from '@klankbord/contract/follow-up-codes'

describe('reading a reference and code as residents type them', () => {
  it.each(['KB-7Q4M-X2PD', 'kb-7q4m-x2pd', ' kb 7q4m x2pd ', 'KB7Q4MX2PD', '7Q4M-X2PD', '7q4m x2pd', 'KB–7Q4M–X2PD'])('reads reference %j', (typed) => {
    expect(normaliseReference(typed)).toBe('KB-7Q4M-X2PD')
  })

  it.each(['', 'KB-7Q4M', 'KB-7Q4M-X2PDX', 'KB-7Q0M-X2PD', 'XX-7Q4M-X2PD'])('refuses reference %j', (typed) => {
    expect(normaliseReference(typed)).toBeUndefined()
  })

  it.each(['ABCD-EFGH-JKMN-PQRS', 'abcd-efgh-jkmn-pqrs', 'abcd efgh jkmn pqrs', 'ABCDEFGHJKMNPQRS', ' abcd-efghjkmn pqrs\n'])('reads code %j', (typed) => {
    expect(normaliseFollowUpCode(typed)).toBe('ABCD-EFGH-JKMN-PQRS')
  })

  it.each(['', 'ABCD-EFGH-JKMN', 'ABCD-EFGH-JKMN-PQRS-TUVW', 'ABCD-EFGH-JKMN-PQR0', 'ABCD-EFGH-IKMN-PQRS'])('refuses code %j', (typed) => {
    expect(normaliseFollowUpCode(typed)).toBeUndefined()
  })

  it('names the characters no code contains, so the resident knows what to check', () => {
    expect(foreignCharacters('abcd-0fgh-1kmn-pqrs')).toEqual(['0', '1'])
    expect(foreignCharacters('ol i')).toEqual(['O', 'L', 'I'])
    expect(foreignCharacters('abcd efgh')).toEqual([])
  })
})
