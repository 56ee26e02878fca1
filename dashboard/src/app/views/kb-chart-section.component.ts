import type { Locale } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import type { ChartTable, ChartView } from '../../charts/types.js'
import { tableDownloadUrl } from '../data/statistics-api.js'
import { messages, type Messages } from '../i18n/messages.js'
import { KbDashboardElement } from '../kb-dashboard-element.js'
import { TABLES_OF_VIEW } from './table-files.js'

const MIN_WIDTH = 320
const MAX_WIDTH = 880
/** Widths are rounded to this step, so a small resize does not draw the chart again. */
const WIDTH_STEP = 40

/** Counts, shares, days and "< k" line up on the right. */
const NUMBER = /^(< )?[−+-]?[\d.,\u00a0\u202f ]+( ?%)?$/

const isSuppressed = (cell: string) => cell.startsWith('< ')

/** A performance mark when the first chart is on the page; the bench reads it as the time from navigation. */
export const FIRST_CHART_MARK = 'klankbord-first-chart'

/**
 * One chart: its finding as the heading, a short summary, the drawing (role="img", named by the finding) and a
 * table with exactly the same numbers as the real alternative, plus downloads of the tables it is drawn from.
 */
export class KbChartSection extends KbDashboardElement {
  static override properties = { view: { attribute: false }, locale: {}, k: { type: Number }, width: { state: true } }

  /** **view**, the chart with its words and table. */
  view: ChartView | undefined
  /** **locale**, *nl* or *en*; default *nl*. */
  locale: Locale = 'nl'
  /** **k**, the smallest published count. */
  k = 5
  width = 0
  private drawn: { view: ChartView; width: number; svg: SVGSVGElement } | undefined
  private readonly resizes = new ResizeObserver(() => this.measure())

  override connectedCallback(): void {
    super.connectedCallback()
    this.resizes.observe(this)
    this.measure()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.resizes.disconnect()
  }

  private measure(): void {
    const available = this.clientWidth || 640
    const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(available / WIDTH_STEP) * WIDTH_STEP))
    if (width !== this.width) this.width = width
  }

  /**
   * Plot adds a <style> element to its SVG, which a strict CSP (no 'unsafe-inline') refuses; dashboard.css has the
   * same rules. Plot also names each mark's group ("bar", "rule") with aria-label, which ARIA forbids inside
   * role="img"; the name is kept as data-mark. The drawing is kept until the view or the width changes.
   */
  private chart(view: ChartView): SVGSVGElement {
    if (this.drawn?.view === view && this.drawn.width === this.width) return this.drawn.svg
    const svg = view.plot({ width: this.width || 640 })
    for (const style of Array.from(svg.querySelectorAll('style'))) style.remove()
    for (const named of Array.from(svg.querySelectorAll('[aria-label], [aria-description]'))) {
      named.setAttribute('data-mark', named.getAttribute('aria-label') ?? '')
      named.removeAttribute('aria-label')
      named.removeAttribute('aria-description')
    }
    svg.classList.add('view__svg')
    this.drawn = { view, width: this.width, svg }
    return svg
  }

  protected override updated(): void {
    if (this.drawn && performance.getEntriesByName(FIRST_CHART_MARK).length === 0) performance.mark(FIRST_CHART_MARK)
  }

  protected override render() {
    const view = this.view
    if (!view) return nothing
    const m = messages(this.locale)
    const id = `view-${view.id}`
    return html`<section class="view" id=${id} aria-labelledby="${id}-title">
      <h2 class="view__title" id="${id}-title"><span class="view__kicker">${m.viewNames[view.id]}<span class="visually-hidden">: </span></span> ${view.title}</h2>
      <p class="view__summary">${view.summary}</p>
      ${view.empty
        ? nothing
        : html`<div class="view__chart">${this.chart(view)}</div>
            <details class="view__table">
              <summary>${m.tableToggle}<span class="visually-hidden">: ${view.table.caption}</span></summary>
              ${this.renderTable(view.table, `${id}-table`, m)}
            </details>`}
      ${this.renderDownloads(view, m)}
    </section>`
  }

  private renderTable(table: ChartTable, id: string, m: Messages) {
    const withheld = table.rows.some((row) => row.some(isSuppressed))
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="${id}-caption">
        <table class="data-table" id=${id}>
          <caption id="${id}-caption">${table.caption}</caption>
          <thead>
            <tr>
              ${table.columns.map((column) => html`<th scope="col">${column}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${table.rows.map(
              (row) =>
                html`<tr>
                  ${row.map((cell, i) =>
                    i === 0
                      ? html`<th scope="row">${cell}</th>`
                      : html`<td class=${NUMBER.test(cell) ? 'num' : ''} ?data-suppressed=${isSuppressed(cell)}>${cell}</td>`,
                  )}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${withheld ? html`<p class="view__note">${m.suppressedNote(this.k)}</p>` : nothing}`
  }

  private renderDownloads(view: ChartView, m: Messages) {
    const tables = TABLES_OF_VIEW[view.id]
    return html`<div class="view__downloads no-print">
      <p class="view__downloads-label" id="view-${view.id}-downloads">${m.viewDownloads}</p>
      <ul class="download-list" aria-labelledby="view-${view.id}-downloads">
        ${tables.map((name) => {
          const label = m.tableNames[name] ?? name
          return html`<li>
            ${label}:
            <a href=${tableDownloadUrl(name, 'csv')} download>CSV<span class="visually-hidden"> – ${label}</span></a>,
            <a href=${tableDownloadUrl(name, 'parquet')} download>Parquet<span class="visually-hidden"> – ${label}</span></a>
          </li>`
        })}
      </ul>
    </div>`
  }
}
