import type { ChartTable } from '../charts/types.js'
import { html, type Html, type HtmlValue } from './html.js'

/** The one mark for a withheld cell, small or protecting a small one (publication contract). */
export const WITHHELD = '–'

/** Counts, shares, days and the withheld mark line up on the right. */
const NUMBER = /^(?:[−+-]?[\d.,\u00a0\u202f ]+(?: ?%)?|–)$/

export const isWithheld = (cell: string): boolean => cell === WITHHELD

/**
 * A table in its own scrolling box, so a wide table never widens the page; the box is focusable (it may scroll)
 * and named by the caption. The first column holds the row headers.
 */
export function renderTable(table: ChartTable, id: string, regionName: string): Html {
  return html`<div class="table-scroll" role="region" tabindex="0" aria-label="${regionName}">
    <table class="data-table" id="${id}">
      <caption>${table.caption}</caption>
      <thead>
        <tr>${table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr>
      </thead>
      <tbody>
        ${table.rows.map((row) => html`<tr>${row.map((cell, i) => renderCell(cell, i === 0))}</tr>`)}
      </tbody>
    </table>
  </div>`
}

function renderCell(cell: string, header: boolean): Html {
  if (header) return html`<th scope="row">${cell}</th>`
  const attributes: HtmlValue = [NUMBER.test(cell) ? html` class="num"` : '', isWithheld(cell) ? html` data-withheld` : '']
  return html`<td${attributes}>${cell}</td>`
}
