import type { ChartView } from '../charts/types.js'
import { svgForPage } from './chart-svg.js'
import { html, raw, type Html } from './html.js'
import { tableDownloadUrl } from './links.js'
import type { Messages } from './messages.js'
import { renderTable } from './render-table.js'
import { TABLES_OF_VIEW } from './table-files.js'

/**
 * Each chart is drawn twice, for a phone and for a wide screen; dashboard.css shows one of them. The narrow one
 * fills a 360 px screen less the page's margins, so its text keeps its size.
 */
export const CHART_WIDTHS = { narrow: 328, wide: 680 } as const

/**
 * One chart: its finding as the heading, a short summary, the drawing (role="img", named by the finding) and the
 * table with exactly the same numbers, open so that it shows without a script, then the downloads it comes from.
 */
export function renderView(view: ChartView, m: Messages, document: Document): Html {
  const id = `view-${view.id}`
  const notes = view.footnotes
  return html`<section class="view" id="${id}" aria-labelledby="${id}-title">
    <h2 class="view__title" id="${id}-title"><span class="view__kicker">${m.viewNames[view.id]}<span class="visually-hidden">: </span></span> ${view.title}</h2>
    <p class="view__summary">${view.summary}</p>
    ${view.empty
      ? ''
      : html`<div class="view__chart">
            ${Object.entries(CHART_WIDTHS).map(([size, width]) => raw(svgForPage(view.plot({ document, width }), `view__svg view__svg--${size}`)))}
          </div>
          <details class="view__table" open>
            <summary>${m.tableToggle}<span class="visually-hidden">: ${view.table.caption}</span></summary>
            ${renderTable(view.table, `${id}-table`, m.tableRegion(view.table.caption))}
          </details>`}
    ${notes.length ? html`<div class="view__notes">${notes.map((note) => html`<p class="view__note">${note}</p>`)}</div>` : ''}
    ${renderDownloads(view, m)}
  </section>`
}

function renderDownloads(view: ChartView, m: Messages): Html {
  const id = `view-${view.id}-downloads`
  return html`<div class="view__downloads no-print">
    <p class="view__downloads-label" id="${id}">${m.viewDownloads}</p>
    <ul class="download-list" aria-labelledby="${id}">
      ${TABLES_OF_VIEW[view.id].map((name) => {
        const label = m.tableNames[name] ?? name
        return html`<li>
          ${label}: <a href="${tableDownloadUrl(name, 'csv')}" download>CSV<span class="visually-hidden"> – ${label}</span></a>,
          <a href="${tableDownloadUrl(name, 'parquet')}" download>Parquet<span class="visually-hidden"> – ${label}</span></a>
        </li>`
      })}
    </ul>
  </div>`
}
