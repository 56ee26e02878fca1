import { STATISTICS_RECORD, type StatisticsRecordField, type StatisticsRecordFieldDefinition } from '@klankbord/contract/statistics-record'
import { sqlLiteral } from '@klankbord/contract/sql-literal'

/**
 * A concern's statistical fields as one line of comma-separated numbers, kept by the store in a generated
 * column so the statistics extract copies one short value per row instead of formatting a dozen in WebAssembly
 * (a million rows: about 2 s instead of 9). Codes are positions in the contract's vocabulary lists, several codes
 * a bit mask; places are a 40-bit hash of their id (the extract names them); the intake channel is a code like the domain; the concern is its short statistics
 * id, not its id; it came in at a whole minute since 1970, first contact and closing are minutes after that
 * (fewer digits to copy); whether the first contact met its deadline is 1 or 0 (empty while there is none). No free
 * text, contact details, reference or follow-up data. The fields, their order and encoding are the contract's
 * STATISTICS_RECORD, which the pipeline decodes by; a changed order or vocabulary makes drizzle-kit generate a
 * migration that recomputes the column.
 */

/** md5 never changes between PostgreSQL versions, so a stored key still matches one computed for the extract. */
export const placeKey = (column: string) => `('x' || substr(md5(${column}), 1, 10))::bit(40)::bigint`

const codesOf = (name: StatisticsRecordField) => (STATISTICS_RECORD as readonly StatisticsRecordFieldDefinition[]).find((field) => field.name === name)?.codes ?? []

/** A `code` field: the code's position in the vocabulary (the column has the field's name). */
const position = (column: StatisticsRecordField) => `(array_position(array[${codesOf(column).map(sqlLiteral).join(', ')}]::text[], ${column}) - 1)`

/** A `codes` field: bit i set when the array column holds the vocabulary's code i. */
const mask = (column: StatisticsRecordField) => `(${codesOf(column).map((code, bit) => `((${sqlLiteral(code)} = any(${column}))::int << ${bit})`).join(' | ')})`

// timestamptz minus a constant is immutable, unlike date_part on a timestamptz, so a generated column may use it.
const minute = (column: string) => `floor(extract(epoch from (${column} - timestamptz '1970-01-01 00:00:00+00')) / 60)::int`

const nullable = (expression: string) => `coalesce((${expression})::text, '')`

const FIELD_SQL: Record<StatisticsRecordField, string> = {
  statistics_id: 'statistics_id::text',
  municipality_key: `(${placeKey('municipality_id')})::text`,
  partner_key: nullable(placeKey('partner_id')),
  channel: `${position('channel')}::text`,
  domain: `${position('domain')}::text`,
  kinds: `${mask('kinds')}::text`,
  wish: `${position('wish')}::text`,
  support_given: `${mask('support_given')}::text`,
  outcome: nullable(position('outcome')),
  created_minute: `${minute('created_at')}::text`,
  first_contact_after: nullable(`${minute('first_contact_at')} - ${minute('created_at')}`),
  closed_after: nullable(`${minute('closed_at')} - ${minute('created_at')}`),
  // The deadline is a Dutch calendar day; AT TIME ZONE with a named zone is immutable.
  first_contact_on_time: nullable(`((first_contact_at at time zone 'Europe/Amsterdam')::date <= first_contact_by)::int`),
}

/** The generated column's expression: only immutable operators, as PostgreSQL requires of a stored generated column. */
export const STATISTICS_RECORD_SQL = STATISTICS_RECORD.map((field) => FIELD_SQL[field.name]).join(` || ',' || `)
