/** A published table: its dimensions, where the rows come from, and the statistics beside each count. */
export type TableDefinition = {
  name: string
  /** Dutch, for GET /api/v1/statistics. */
  description: string
  dimensions: readonly string[]
  /**
   * Dimensions whose values overlap (a concern has several kinds): their total is not the sum of the cells,
   * so no margin is published over them.
   */
  withoutMargin?: readonly string[]
  /** A select over the staged `concerns` giving one row per counted item, with the dimension columns. */
  source: string
  /** Aggregates beside `concerns` (the count), as `expression as name`; suppressed with their group. */
  statistics?: readonly string[]
}

const YEAR = `strftime(created_at, '%Y') as year`
const days = (from: string, to: string) => `date_diff('minute', ${from}, ${to}) / 1440.0`
const DURATIONS = [
  `round(quantile_cont(${days('created_at', 'first_contact_at')}, 0.5), 1) as first_contact_days_median`,
  `round(quantile_cont(${days('created_at', 'first_contact_at')}, 0.75), 1) as first_contact_days_p75`,
  `round(quantile_cont(${days('created_at', 'closed_at')}, 0.5), 1) as close_days_median`,
  `round(quantile_cont(${days('created_at', 'closed_at')}, 0.75), 1) as close_days_p75`,
]

/** The tables the dashboard and the annual report read. `period` is set per run by the anonymisation rules (periods.ts). */
export const TABLES: readonly TableDefinition[] = [
  {
    name: 'over_time',
    description: 'Meldingen per periode, gemeente en domein. De periode is een maand, kwartaal of jaar: hoe kleiner de aantallen, hoe grover.',
    dimensions: ['period', 'municipality', 'domain'],
    source: `select period, municipality, domain from concerns`,
  },
  {
    name: 'concerns',
    description: 'Meldingen per jaar, gemeente, domein en kanaal (soort partner), met doorlooptijden en het aandeel afgesloten zonder formele procedure.',
    dimensions: ['year', 'municipality', 'domain', 'partner_kind'],
    source: `select ${YEAR}, municipality, domain, partner_kind, created_at, first_contact_at, closed_at, outcome from concerns`,
    statistics: [
      ...DURATIONS,
      `count(closed_at) as closed`,
      `round(count(closed_at) filter (where outcome not in ('formal-complaint', 'objection')) / nullif(count(closed_at), 0), 3) as closed_without_procedure_share`,
    ],
  },
  {
    name: 'kinds',
    description: 'Soorten onvrede per jaar en gemeente. Een melding kan meer soorten hebben, dus de soorten tellen niet op tot het aantal meldingen.',
    dimensions: ['year', 'municipality', 'kind'],
    withoutMargin: ['kind'],
    source: `select ${YEAR}, municipality, unnest(kinds) as kind from concerns`,
  },
  {
    name: 'outcomes',
    description: 'Afgesloten meldingen per jaar, gemeente, wens van de inwoner en uitkomst.',
    dimensions: ['year', 'municipality', 'wish', 'outcome'],
    source: `select strftime(closed_at, '%Y') as year, municipality, wish, outcome from concerns where closed_at is not null`,
  },
  {
    name: 'support',
    description: 'Gegeven ondersteuning bij afgesloten meldingen, per jaar, gemeente en wens. Een melding kan meer soorten ondersteuning hebben.',
    dimensions: ['year', 'municipality', 'wish', 'support'],
    withoutMargin: ['support'],
    source: `select strftime(closed_at, '%Y') as year, municipality, wish, unnest(support_given) as support from concerns where closed_at is not null`,
  },
  {
    name: 'signals',
    description: 'Signalen aan de gemeente per jaar, gemeente, domein en stand (nieuw, gedeeld, beantwoord, verbeterd).',
    dimensions: ['year', 'municipality', 'domain', 'status'],
    source: `select strftime(created_at, '%Y') as year, municipality, domain, status from signals`,
  },
]
