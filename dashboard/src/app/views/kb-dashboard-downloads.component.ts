import type { StatisticsTableInfo } from '@klankbord/contract'
import type { Locale } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import { localeTag } from '../../number-format.js'
import { reportUrl, tableDownloadUrl } from '../data/statistics-api.js'
import { messages } from '../i18n/messages.js'
import { KbDashboardElement } from '../kb-dashboard-element.js'

/** The annual report of the chosen year and every published table as open data (CSV and Parquet). */
export class KbDashboardDownloads extends KbDashboardElement {
  static override properties = { infos: { attribute: false }, year: {}, locale: {} }

  /** **infos**, the published tables as the statistics list describes them. */
  infos: readonly StatisticsTableInfo[] = []
  /** **year**, the year whose annual report is offered. */
  year = ''
  /** **locale**, *nl* or *en*; default *nl*. */
  locale: Locale = 'nl'

  protected override render() {
    const m = messages(this.locale)
    const date = new Intl.DateTimeFormat(localeTag(this.locale), { dateStyle: 'medium' })
    return html`<section class="downloads no-print" aria-labelledby="downloads-title">
      <h2 id="downloads-title">${m.downloadsTitle}</h2>
      ${this.year
        ? html`<h3>${m.reportTitle}</h3>
            <p>${m.reportText}</p>
            <p><a class="button button--secondary" href=${reportUrl(this.year)} download>${m.reportLink(this.year)}</a></p>`
        : nothing}
      <h3>${m.openDataTitle}</h3>
      <p>${m.openDataText}</p>
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="open-data-caption">
        <table class="data-table">
          <caption id="open-data-caption" class="visually-hidden">${m.openDataTitle}</caption>
          <thead>
            <tr>
              <th scope="col">${m.colTable}</th>
              <th scope="col">${m.colDescription}</th>
              <th scope="col">${m.colPublished}</th>
              <th scope="col">${m.colDownload}</th>
            </tr>
          </thead>
          <tbody>
            ${this.infos.map((info) => {
              const label = m.tableNames[info.name] ?? info.name
              return html`<tr>
                <th scope="row">${label} <code>${info.name}</code></th>
                <td lang=${this.locale === 'nl' ? nothing : 'nl'}>${info.description}</td>
                <td class="nowrap">${info.publishedAt ? date.format(new Date(info.publishedAt)) : m.notPublished}</td>
                <td>
                  ${info.publishedAt
                    ? html`<a href=${tableDownloadUrl(info.name, 'csv')} download>CSV<span class="visually-hidden"> – ${label}</span></a>,
                        <a href=${tableDownloadUrl(info.name, 'parquet')} download>Parquet<span class="visually-hidden"> – ${label}</span></a>`
                    : nothing}
                </td>
              </tr>`
            })}
          </tbody>
        </table>
      </div>
    </section>`
  }
}
