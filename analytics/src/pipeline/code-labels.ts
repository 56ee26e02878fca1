import { CHANNEL_LABELS, DOMAIN_LABELS, KIND_LABELS, OUTCOME_LABELS, PARTNER_KIND_LABELS, RECOMMENDATION_STATUS_LABELS, SIGNAL_STATUS_LABELS, SUPPORT_LABELS, WISH_LABELS } from '@klankbord/contract/labels'
import { ALL } from './aggregate.js'

/**
 * Dutch labels for the codes in the published files (`<column>_label`), for readers of the open data who do not
 * know the codes. The dashboard and the report take their Dutch and English labels from the contract.
 */
const LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  domain: DOMAIN_LABELS.nl,
  kind: KIND_LABELS.nl,
  wish: WISH_LABELS.nl,
  support: SUPPORT_LABELS.nl,
  outcome: OUTCOME_LABELS.nl,
  partner_kind: { ...PARTNER_KIND_LABELS.nl, confidant: 'Rechtstreeks bij de vertrouwenspersoon' },
  channel: CHANNEL_LABELS.nl,
  status: SIGNAL_STATUS_LABELS.nl,
  municipality: { overig: 'Overige gemeenten' },
}
const LIST_STATUS_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = { signal_texts: SIGNAL_STATUS_LABELS.nl, recommendations: RECOMMENDATION_STATUS_LABELS.nl }

const TOTAL_LABEL = 'Totaal'
const OVERIG_LABEL = 'Overig'
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** "2026", "K4 2026" or "december 2026". */
export function periodLabel(period: string): string {
  const quarter = /^(\d{4})-K([1-4])$/.exec(period)
  if (quarter) return `K${quarter[2]} ${quarter[1]}`
  const month = /^(\d{4})-(\d{2})$/.exec(period)
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`
  return period
}

/**
 * The label of one code. A merged category reads "Overig (samen met: Leerlingenvervoer, …)", naming what it
 * holds besides itself. Codes without a label (a municipality's name, a year) are their own label.
 */
export function codeLabel(column: string, code: string, merged: readonly string[] = [], list?: string): string {
  if (code === ALL) return TOTAL_LABEL
  if (column === 'period' || column === 'year') return periodLabel(code)
  const labels = (column === 'status' && list ? LIST_STATUS_LABELS[list] : undefined) ?? LABELS[column] ?? {}
  const own = labels[code] ?? (code === 'overig' ? OVERIG_LABEL : code)
  const others = merged.filter((member) => member !== code).map((member) => labels[member] ?? member)
  if (!others.length) return own
  // "overig" exists only as the merged category: it is what it holds; a real category holds others besides itself.
  return code === 'overig' ? `${own}: ${others.join(', ')}` : `${own} (samen met: ${others.join(', ')})`
}
