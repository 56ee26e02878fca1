import { html, nothing, type TemplateResult } from 'lit'
import { repeat } from 'lit/directives/repeat.js'
import { t } from '../i18n/locale.js'

/** A column of a data table: its header, and its cell for a row. */
export type Column<Row> = readonly [header: unknown, cell: (row: Row) => unknown]

export type DataTableOptions<Row extends { id: string }> = {
  /** Names the table: its caption gets the id `<id>-caption`, which also names the scrolling region. */
  id: string
  caption: unknown
  columns: readonly Column<Row>[]
  /** The records, one a row; each row's DOM stays with its record (by id) when the rows change. */
  rows: readonly Row[]
  /** The column whose cells name their rows (`<th scope="row">`); *0* by default. */
  rowHeader?: number
  /** What to say instead of the table when there are no rows. */
  empty?: string
  rowClass?: (row: Row) => string
  compact?: boolean
}

/** A data table in its own scrolling box, so a wide table never widens the page; the box is focusable (it may scroll) and named by the caption. */
export function dataTable<Row extends { id: string }>(o: DataTableOptions<Row>): TemplateResult {
  if (o.rows.length === 0 && o.empty !== undefined) return html`<p>${o.empty}</p>`
  const rowHeader = o.rowHeader ?? 0
  const cells = (row: Row) => o.columns.map(([, cell], i) => (i === rowHeader ? html`<th scope="row">${cell(row)}</th>` : html`<td>${cell(row)}</td>`))
  return html`<div class="table-scroll" role="region" aria-labelledby="${o.id}-caption" tabindex="0">
    <table class=${o.compact ? 'table table--compact' : 'table'}>
      <caption id="${o.id}-caption">${o.caption}</caption>
      <thead>
        <tr>
          ${o.columns.map(([header]) => html`<th scope="col">${header}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          o.rows,
          (row) => row.id,
          (row) => html`<tr class=${o.rowClass?.(row) || nothing}>${cells(row)}</tr>`,
        )}
      </tbody>
    </table>
  </div>`
}

/** The header of a column of buttons: its name is for screen readers, the buttons speak for themselves on screen. */
export const actionsColumn = (): TemplateResult => html`<span class="visually-hidden">${t().actions}</span>`
