import { describe, expect, it } from 'vitest'
import { decodeStatisticsRecord, encodeStatisticsRecord, STATISTICS_RECORD, type StatisticsRecord } from './statistics-record.js'
import { KINDS, SUPPORT_GIVEN } from './vocabulary.js'

const full: StatisticsRecord = {
  statistics_id: 42,
  municipality_key: 2 ** 40 - 1,
  partner_key: 7,
  channel: 'phone',
  domain: 'debt',
  kinds: ['decision-process', 'treatment'],
  wish: 'mediation',
  support_given: ['listening', 'referral'],
  outcome: 'objection',
  created_minute: 29_686_140,
  first_contact_after: 1_380,
  closed_after: 30_360,
  first_contact_on_time: false,
}

const empty: StatisticsRecord = { ...full, partner_key: null, support_given: [], outcome: null, first_contact_after: null, closed_after: null, first_contact_on_time: null }

describe('the statistics record codec', () => {
  it('writes codes as positions, several codes as a bit mask, and nothing for what is not there', () => {
    expect(encodeStatisticsRecord(full)).toBe(`42,${2 ** 40 - 1},7,4,3,9,2,17,3,29686140,1380,30360,0`)
    expect(encodeStatisticsRecord(empty)).toBe(`42,${2 ** 40 - 1},,4,3,9,2,0,,29686140,,,`)
  })

  it('reads back what it writes, every code of every vocabulary included', () => {
    for (const record of [full, empty, { ...full, kinds: [...KINDS], support_given: [...SUPPORT_GIVEN], first_contact_on_time: true }]) {
      expect(decodeStatisticsRecord(encodeStatisticsRecord(record))).toEqual(record)
    }
    for (const field of STATISTICS_RECORD) {
      if (field.encoding !== 'code') continue
      for (const code of field.codes) expect(decodeStatisticsRecord(encodeStatisticsRecord({ ...full, [field.name]: code }))[field.name]).toBe(code)
    }
  })

  it('refuses a line that is no record rather than guess', () => {
    expect(() => decodeStatisticsRecord('1,2,3')).toThrow(/13 fields/)
    expect(() => decodeStatisticsRecord(encodeStatisticsRecord(full).replace(/^42,/, ','))).toThrow(/statistics_id/)
    expect(() => decodeStatisticsRecord(encodeStatisticsRecord(full).replace(',3,9,', ',99,9,'))).toThrow(/domain/)
    expect(() => decodeStatisticsRecord(encodeStatisticsRecord(full).replace(',3,9,', ',3,64,'))).toThrow(/kinds/)
    expect(() => encodeStatisticsRecord({ ...full, domain: 'elsewhere' as never })).toThrow(/domain/)
  })

  it('fits every code and bit mask in the integer type readers parse it as', () => {
    const largest = { TINYINT: 127, INTEGER: 2 ** 31 - 1, BIGINT: Number.MAX_SAFE_INTEGER }
    for (const field of STATISTICS_RECORD) {
      if (field.encoding === 'code') expect(field.codes.length - 1).toBeLessThanOrEqual(largest[field.type])
      if (field.encoding === 'codes') expect(2 ** field.codes.length - 1).toBeLessThanOrEqual(largest[field.type])
    }
  })
})
