import { FOLLOW_UP_CODE_PATTERN, REFERENCE_PATTERN } from '@klankbord/contract'
import { describe, expect, it } from 'vitest'
import { newFollowUpCode, newId, newReference, normaliseFollowUpCode } from './codes.js'

describe('codes', () => {
  it('have the documented shapes and do not repeat', () => {
    const codes = new Set(Array.from({ length: 20_000 }, newFollowUpCode))
    expect(codes.size).toBe(20_000)
    for (const code of [...codes].slice(0, 100)) expect(code).toMatch(FOLLOW_UP_CODE_PATTERN)
    expect(newReference()).toMatch(REFERENCE_PATTERN)
    expect(newId('con')).toMatch(/^con_[0-9a-hjkmnp-tv-z]{20}$/)
  })

  it('use every character of the alphabet about equally often', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 20_000; i++) for (const ch of newFollowUpCode().replaceAll('-', '')) counts.set(ch, (counts.get(ch) ?? 0) + 1)
    expect(counts.size).toBe(31)
    const expected = (20_000 * 16) / 31
    for (const count of counts.values()) expect(Math.abs(count - expected) / expected).toBeLessThan(0.06)
  })

  it('read a code back as people type it', () => {
    expect(normaliseFollowUpCode('abcd efgh-jkmn pqrs')).toBe('ABCD-EFGH-JKMN-PQRS')
  })
})
