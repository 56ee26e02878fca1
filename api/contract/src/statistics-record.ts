import { CHANNELS, DOMAINS, KINDS, OUTCOMES, SUPPORT_GIVEN, WISHES } from './vocabulary.js'

/** One field of the statistics record: its **name**, its **encoding**, and the **type** a reader parses it as. */
export type StatisticsRecordFieldDefinition = {
  readonly name: string
  /**
   * Always a whole number: `id` the concern's statistics id; `place` a 40-bit key the store derives from the
   * place's id (the extract's places file names it); `code` the code's position in `codes`; `codes` several codes
   * as a bit mask, bit i for `codes[i]`; `minute` whole minutes since 1970-01-01 UTC; `minutes` whole minutes
   * after the record's `created_minute`; `flag` 1 or 0.
   */
  readonly encoding: 'id' | 'place' | 'code' | 'codes' | 'minute' | 'minutes' | 'flag'
  /** The vocabulary of a `code` or `codes` field. */
  readonly codes?: readonly string[]
  /** The smallest SQL integer type that holds every value. */
  readonly type: 'TINYINT' | 'INTEGER' | 'BIGINT'
  /** Empty while there is nothing to record (no partner, outcome or first contact yet). */
  readonly optional?: true
}

/**
 * A concern's statistics record, the one format between the store, which writes it as a line of comma-separated
 * numbers (api/src/db/schema/statistics-record.ts), and the pipeline, which reads it
 * (analytics/src/pipeline/sql/stage-records.sql): numbers only, never free text, contact data or the reference.
 * A changed field or vocabulary changes the store's generated column, and drizzle-kit makes a migration for it.
 */
export const STATISTICS_RECORD = [
  { name: 'statistics_id', encoding: 'id', type: 'BIGINT' },
  { name: 'municipality_key', encoding: 'place', type: 'BIGINT' },
  { name: 'partner_key', encoding: 'place', type: 'BIGINT', optional: true },
  { name: 'channel', encoding: 'code', codes: CHANNELS, type: 'TINYINT' },
  { name: 'domain', encoding: 'code', codes: DOMAINS, type: 'TINYINT' },
  { name: 'kinds', encoding: 'codes', codes: KINDS, type: 'INTEGER' },
  { name: 'wish', encoding: 'code', codes: WISHES, type: 'TINYINT' },
  { name: 'support_given', encoding: 'codes', codes: SUPPORT_GIVEN, type: 'INTEGER' },
  { name: 'outcome', encoding: 'code', codes: OUTCOMES, type: 'TINYINT', optional: true },
  { name: 'created_minute', encoding: 'minute', type: 'BIGINT' },
  { name: 'first_contact_after', encoding: 'minutes', type: 'BIGINT', optional: true },
  { name: 'closed_after', encoding: 'minutes', type: 'BIGINT', optional: true },
  { name: 'first_contact_on_time', encoding: 'flag', type: 'TINYINT', optional: true },
] as const satisfies readonly StatisticsRecordFieldDefinition[]

type Field = (typeof STATISTICS_RECORD)[number]
export type StatisticsRecordField = Field['name']

type Value<F extends Field> = F extends { encoding: 'code'; codes: readonly (infer C)[] }
  ? C
  : F extends { encoding: 'codes'; codes: readonly (infer C)[] }
    ? C[]
    : F extends { encoding: 'flag' }
      ? boolean
      : number

/** A statistics record decoded: codes as codes, several codes as a list in vocabulary order, `null` where empty. */
export type StatisticsRecord = { [F in Field as F['name']]: Value<F> | (F extends { optional: true } ? null : never) }

type AnyValue = string | readonly string[] | number | boolean | null

function encodeValue(field: StatisticsRecordFieldDefinition, value: AnyValue): string {
  if (value === null) {
    if (!field.optional) throw new Error(`The statistics record needs a value for ${field.name}`)
    return ''
  }
  switch (field.encoding) {
    case 'code': {
      const position = field.codes!.indexOf(value as string)
      if (position < 0) throw new Error(`${String(value)} is no code of ${field.name}`)
      return String(position)
    }
    case 'codes':
      return String((value as readonly string[]).reduce((mask, code) => {
        const bit = field.codes!.indexOf(code)
        if (bit < 0) throw new Error(`${code} is no code of ${field.name}`)
        return mask | (1 << bit)
      }, 0))
    case 'flag':
      return value ? '1' : '0'
    default:
      if (!Number.isSafeInteger(value)) throw new Error(`${field.name} must be a whole number, not ${String(value)}`)
      return String(value)
  }
}

function decodeValue(field: StatisticsRecordFieldDefinition, text: string): AnyValue {
  if (text === '') {
    if (!field.optional) throw new Error(`The statistics record has no value for ${field.name}`)
    return null
  }
  const number = Number(text)
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(number)) throw new Error(`${field.name} is no whole number: ${text}`)
  switch (field.encoding) {
    case 'code': {
      const code = field.codes![number]
      if (code === undefined) throw new Error(`${field.name} has no code at ${text}`)
      return code
    }
    case 'codes':
      if (number < 0 || number >= 2 ** field.codes!.length) throw new Error(`${field.name} has no codes for the mask ${text}`)
      return field.codes!.filter((_, bit) => number & (1 << bit))
    case 'flag':
      return number === 1
    default:
      return number
  }
}

/** A record as the store writes it: the fields in order, separated by commas, empty where there is no value. */
export function encodeStatisticsRecord(record: StatisticsRecord): string {
  return STATISTICS_RECORD.map((field) => encodeValue(field, record[field.name])).join(',')
}

/** One line of the statistics extract as values; throws on a line that is not a record. */
export function decodeStatisticsRecord(line: string): StatisticsRecord {
  const texts = line.split(',')
  if (texts.length !== STATISTICS_RECORD.length) throw new Error(`A statistics record has ${STATISTICS_RECORD.length} fields, this line ${texts.length}`)
  return Object.fromEntries(STATISTICS_RECORD.map((field, i) => [field.name, decodeValue(field, texts[i]!)])) as StatisticsRecord
}
