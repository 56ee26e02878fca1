import { describe, expect, it } from 'vitest'
import { msUntilAmsterdamHour } from './nightly.js'

describe('msUntilAmsterdamHour', () => {
  it('counts to the next 03:00 in Amsterdam, in winter and summer time', () => {
    // 01:30 UTC in winter is 02:30 in Amsterdam: half an hour to go.
    expect(msUntilAmsterdamHour(new Date('2026-01-15T01:30:00Z'), 3)).toBe(30 * 60_000)
    // 01:30 UTC in summer is 03:30 in Amsterdam: the next one is tomorrow, 23.5 hours on.
    expect(msUntilAmsterdamHour(new Date('2026-07-15T01:30:00Z'), 3)).toBe(23.5 * 3_600_000)
    // Exactly at the hour: the next day, never zero.
    expect(msUntilAmsterdamHour(new Date('2026-01-15T02:00:00Z'), 3)).toBe(24 * 3_600_000)
  })
})
