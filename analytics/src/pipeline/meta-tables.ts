import type { PublishedColumn } from './publish.js'

/** A table about the publication itself rather than a count of concerns. */
export type MetaTableDefinition = {
  readonly name: string
  /** Dutch, for GET /api/v1/statistics; the English one is in datapackage.json. */
  readonly description: string
  readonly descriptionEn: string
  readonly columns: readonly PublishedColumn[]
}

export const PERIODS_TABLE: MetaTableDefinition = {
  name: 'periods',
  description: 'De dagen die elke gepubliceerde periode beslaat. Het eerste jaar begint bij de eerste melding, de lopende periode eindigt op de dag van publicatie: zo’n periode is niet volledig (partial).',
  descriptionEn: 'The days each published period covers. The first year starts with the first concern, the running period ends on the day of publication: such a period is partial.',
  columns: [
    { name: 'period', type: 'code' },
    { name: 'year', type: 'code' },
    { name: 'granularity', type: 'code' },
    { name: 'first_day', type: 'date' },
    { name: 'last_day', type: 'date' },
    { name: 'days', type: 'integer' },
    { name: 'partial', type: 'boolean' },
  ],
}

export const MERGED_CATEGORIES_TABLE: MetaTableDefinition = {
  name: 'merged_categories',
  description: 'Categorieën die in een tabel en jaar samen zijn geteld, omdat een klein aantal anders niet te beschermen was zonder een totaal te verbergen.',
  descriptionEn: 'Categories counted together in a table and year, because a small number could not be protected otherwise without hiding a total.',
  columns: [
    { name: 'table', type: 'code' },
    { name: 'year', type: 'code' },
    { name: 'dimension', type: 'code' },
    { name: 'code', type: 'code' },
    { name: 'members', type: 'string' },
  ],
}

export const DISCLOSURE_TABLE: MetaTableDefinition = {
  name: 'disclosure',
  description: 'Hoeveel er per tabel is afgeschermd: cellen, en meldingen in afgeschermde cellen van de fijnste indeling (het informatieverlies).',
  descriptionEn: 'How much each table withholds: cells, and concerns in withheld cells of its finest breakdown (the information loss).',
  columns: [
    { name: 'table', type: 'code' },
    { name: 'cells', type: 'integer' },
    { name: 'withheld_cells', type: 'integer' },
    { name: 'concerns', type: 'integer' },
    { name: 'withheld_concerns', type: 'integer' },
    { name: 'withheld_share', type: 'number' },
  ],
}

export const META_TABLES: readonly MetaTableDefinition[] = [PERIODS_TABLE, MERGED_CATEGORIES_TABLE, DISCLOSURE_TABLE]
