import type { PublishedColumn } from './publish.js'

/** A table about the publication itself rather than a count of concerns. */
export type MetaTableDefinition = {
  readonly name: string
  /** Dutch, for GET /api/v1/statistics; the English one is in datapackage.json. */
  readonly description: string
  readonly descriptionEn: string
  readonly columns: readonly PublishedColumn[]
}

/** Columns in order, written as name → type (object keys keep their order). */
const columnsOf = (columns: Record<string, PublishedColumn['type']>): PublishedColumn[] => Object.entries(columns).map(([name, type]) => ({ name, type }))

export const PERIODS_TABLE: MetaTableDefinition = {
  name: 'periods',
  description: 'De dagen die elke gepubliceerde periode beslaat. Het eerste jaar begint bij de eerste melding, de lopende periode eindigt op de dag van publicatie: zo’n periode is niet volledig (partial).',
  descriptionEn: 'The days each published period covers. The first year starts with the first concern, the running period ends on the day of publication: such a period is partial.',
  columns: columnsOf({ period: 'code', year: 'code', granularity: 'code', first_day: 'date', last_day: 'date', days: 'integer', partial: 'boolean' }),
}

export const MERGED_CATEGORIES_TABLE: MetaTableDefinition = {
  name: 'merged_categories',
  description: 'Categorieën die in een tabel en jaar samen zijn geteld, omdat een klein aantal anders niet te beschermen was zonder een totaal te verbergen.',
  descriptionEn: 'Categories counted together in a table and year, because a small number could not be protected otherwise without hiding a total.',
  columns: columnsOf({ table: 'code', year: 'code', dimension: 'code', code: 'code', members: 'string' }),
}

export const DISCLOSURE_TABLE: MetaTableDefinition = {
  name: 'disclosure',
  description: 'Hoeveel er per tabel is afgeschermd: cellen, en meldingen in afgeschermde cellen van de fijnste indeling (het informatieverlies).',
  descriptionEn: 'How much each table withholds: cells, and concerns in withheld cells of its finest breakdown (the information loss).',
  columns: columnsOf({ table: 'code', cells: 'integer', withheld_cells: 'integer', concerns: 'integer', withheld_concerns: 'integer', withheld_share: 'number' }),
}

export const META_TABLES: readonly MetaTableDefinition[] = [PERIODS_TABLE, MERGED_CATEGORIES_TABLE, DISCLOSURE_TABLE]
