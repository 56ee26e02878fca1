/** A published table: its dimensions, where the rows come from, and the statistics beside each count. */
export type TableDefinition = {
  name: string
  /**
   * The population the table counts, protected together with the other tables of the same population and year:
   * concerns received, concerns closed, signals.
   */
  group: 'received' | 'closed' | 'signals'
  /** Dutch, for GET /api/v1/statistics. */
  description: string
  /** English, for datapackage.json. */
  descriptionEn: string
  /** The first is the period (`year` or `period`): every row has one; there is no total over periods. */
  dimensions: readonly string[]
  /** Also the one all-time total (every dimension `*`), when every year's total is published. */
  allTime?: boolean
  /**
   * The table counts the entries of a published list (staged as `published_<list>`): each entry is public
   * already, so its counts are published as they are, without disclosure control.
   */
  countsList?: string
  /**
   * Dimensions whose values overlap (a concern has several kinds): their total is not the sum of the cells,
   * so no margin is published over them.
   */
  withoutMargin?: readonly string[]
  /** A select over `staged` (the staged concerns with their period) giving one row per counted item, with the dimension columns. */
  source: string
  /**
   * Aggregates beside `concerns` (the count), as `expression as name`; suppressed with their group. A name
   * starting with `_` is a helper for `derived` and is not published.
   */
  statistics?: readonly string[]
  /** Statistics computed from the aggregated row (`expression as name`), e.g. unpacking a list of quantiles. */
  derived?: readonly string[]
}

const YEAR = `year(created_month) as year`
const CLOSED_YEAR = `year(closed_month) as year`
/** Median and p75 from one sort of the group: DuckDB computes a list of quantiles at once, `derived` unpacks it. */
const quartiles = (column: string) => `quantile_cont(${column}, [0.5, 0.75]) as _${column}`
const DURATIONS = [quartiles('first_contact_days'), quartiles('close_days')]
const unpackQuartiles = (column: string) => [`round(_${column}[1], 1) as ${column}_median`, `round(_${column}[2], 1) as ${column}_p75`]
/** Counts a statistic rests on; never published themselves (publish.ts), only compared with k. */
const BASES = [`count(first_contact_days) as first_contacted`, `count(closed_month) as closed`]
const share = (condition: string, basis: string, name: string) => `round(count(*) filter (where ${condition}) / nullif(count(${basis}), 0), 3) as ${name}`

/** Closed concerns per year of closing, municipality and one code of the concern (**dimension**, named in **what**). */
const closedConcernsPer = (name: string, dimension: string, what: { nl: string; en: string }): TableDefinition => ({
  name,
  group: 'closed',
  description: `Afgesloten meldingen per jaar, gemeente en ${what.nl}.`,
  descriptionEn: `Closed concerns per year, municipality and ${what.en}.`,
  dimensions: ['year', 'municipality', dimension],
  source: `select ${CLOSED_YEAR}, municipality, ${dimension} from staged where closed_month is not null`,
})

/** The tables the dashboard and the annual report read. `period` is set per run by the anonymisation rules (periods.ts). */
export const TABLES: readonly TableDefinition[] = [
  {
    name: 'over_time',
    group: 'received',
    description: 'Meldingen per periode, gemeente en domein. De periode is een maand, kwartaal of jaar: hoe kleiner de aantallen, hoe grover.',
    descriptionEn: 'Concerns per period, municipality and domain. The period is a month, quarter or year: the smaller the numbers, the coarser.',
    dimensions: ['period', 'municipality', 'domain'],
    source: `select period, municipality, domain from staged`,
  },
  {
    name: 'concerns',
    group: 'received',
    allTime: true,
    description: 'Meldingen per jaar, gemeente en domein, met doorlooptijden (mediaan en 75e percentiel, in dagen), en het aandeel eerste contacten op tijd (van de meldingen die dat jaar binnenkwamen).',
    descriptionEn: 'Concerns per year, municipality and domain, with times (median and 75th percentile, in days) and the share of first contacts on time (of the concerns received that year).',
    dimensions: ['year', 'municipality', 'domain'],
    source: `select ${YEAR}, municipality, domain, first_contact_days, close_days, first_contact_on_time, closed_month from staged`,
    statistics: [
      ...DURATIONS,
      ...BASES,
      share('first_contact_on_time', 'first_contact_days', 'first_contact_on_time_share'),
    ],
    derived: [...unpackQuartiles('first_contact_days'), ...unpackQuartiles('close_days')],
  },
  {
    // Apart from `concerns`: crossed with the domain, most partner cells of a small municipality are below k, and
    // protecting them would hide year totals too. The name stays `channels` for readers of earlier publications.
    name: 'channels',
    group: 'received',
    description: 'Meldingen per jaar, gemeente en soort partner waarlangs de melding binnenkwam: de gemeente, een zorgaanbieder, het wijkteam of een andere partner, of rechtstreeks bij de vertrouwenspersoon.',
    descriptionEn: 'Concerns per year, municipality and kind of partner the concern came through: the municipality, a care provider, the neighbourhood team or another partner, or directly with the confidant.',
    dimensions: ['year', 'municipality', 'partner_kind'],
    source: `select ${YEAR}, municipality, partner_kind from staged`,
  },
  {
    // Its own table for the same reason as `channels`; crossed with the partner kind, most cells would be below k.
    name: 'intake_channels',
    group: 'received',
    description: 'Meldingen per jaar, gemeente en kanaal: hoe de melding binnenkwam (formulier of knop op een website, eenvoudig formulier zonder JavaScript, poster of folder, telefoon, inloopspreekuur, e-mail, brief, of door de vertrouwenspersoon zelf).',
    descriptionEn: 'Concerns per year, municipality and intake channel: how the concern came in (form or button on a website, simple form without JavaScript, poster or flyer, phone, walk-in hours, email, letter, or by the confidant themself).',
    dimensions: ['year', 'municipality', 'channel'],
    source: `select ${YEAR}, municipality, channel from staged`,
  },
  {
    name: 'kinds',
    group: 'received',
    description: 'Soorten onvrede per jaar en gemeente. Een melding kan meer soorten hebben, dus de soorten tellen niet op tot het aantal meldingen.',
    descriptionEn: 'Kinds of dissatisfaction per year and municipality. A concern can have several kinds, so the kinds do not add up to the number of concerns.',
    dimensions: ['year', 'municipality', 'kind'],
    withoutMargin: ['kind'],
    source: `select ${YEAR}, municipality, unnest(k.codes) as kind from staged join kind_masks k on k.mask = staged.kinds`,
  },
  // Outcome, wish and support are published in three tables of three dimensions rather than one of four: in a
  // municipality of 17,000 people almost every cell of wish × outcome is below k, and protecting those cells
  // would hide the year totals too.
  closedConcernsPer('outcomes', 'outcome', { nl: 'uitkomst', en: 'outcome' }),
  closedConcernsPer('wishes', 'wish', {
    nl: 'wens van de inwoner (luisterend oor, advies en ondersteuning, bemiddeling, weet ik niet)',
    en: "wish of the resident (a listening ear, advice and support, mediation, don't know)",
  }),
  {
    name: 'support',
    group: 'closed',
    description: 'Gegeven ondersteuning bij afgesloten meldingen, per jaar, gemeente en wens. Een melding kan meer soorten ondersteuning hebben.',
    descriptionEn: 'Support given for closed concerns, per year, municipality and wish. A concern can have several kinds of support.',
    dimensions: ['year', 'municipality', 'wish', 'support'],
    withoutMargin: ['support'],
    source: `select ${CLOSED_YEAR}, municipality, wish, unnest(s.codes) as support from staged join support_masks s on s.mask = staged.support_given where closed_month is not null`,
  },
  {
    name: 'signals',
    group: 'signals',
    countsList: 'signal_texts',
    description: 'Signalen die de vertrouwenspersoon met de gemeente deelde, per jaar, gemeente en stand (gedeeld, beantwoord, verbeterd). Elk signaal staat zelf in signal_texts; een signaal gaat over hoe de dienstverlening werkt, niet over een inwoner.',
    descriptionEn: 'Signals the confidant shared with the municipality, per year, municipality and status (shared, answered, improved). Each signal itself is in signal_texts; a signal is about how services work, not about a resident.',
    dimensions: ['year', 'municipality', 'status'],
    source: `select year::integer as year, municipality, status from published_signal_texts`,
  },
]
