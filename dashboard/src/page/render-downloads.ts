import type { Locale } from '@klankbord/contract/vocabulary'
import { localeTag } from '../number-format.js'
import { html, type Html } from './html.js'
import { DATA_PACKAGE_URL, reportUrl, tableDownloadUrl } from './links.js'
import type { Messages } from './messages.js'
import type { TableInfo } from './publication.js'

/** The annual report of the chosen year and every published table as open data (CSV and Parquet). */
export function renderDownloads(infos: readonly TableInfo[], year: string, locale: Locale, m: Messages): Html {
  const date = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' })
  return html`<section class="downloads no-print" aria-labelledby="downloads-title">
    <h2 id="downloads-title">${m.downloadsTitle}</h2>
    <h3>${m.reportTitle}</h3>
    <p>${m.reportText}</p>
    <p><a class="button button--secondary" href="${reportUrl(year)}" download>${m.reportLink(year)}</a></p>
    <h3 id="open-data-title">${m.openDataTitle}</h3>
    <p>${m.openDataText}</p>
    <p><a href="${DATA_PACKAGE_URL}" download>${m.dataPackage}</a></p>
    <div class="table-scroll" role="region" tabindex="0" aria-labelledby="open-data-title">
      <table class="data-table" aria-labelledby="open-data-title">
        <thead>
          <tr>
            <th scope="col">${m.colTable}</th>
            <th scope="col">${m.colDescription}</th>
            <th scope="col">${m.colPublished}</th>
            <th scope="col">${m.colDownload}</th>
          </tr>
        </thead>
        <tbody>
          ${infos.map((info) => {
            const label = m.tableNames[info.name] ?? info.name
            return html`<tr>
              <th scope="row">${label} <code>${info.name}</code></th>
              <td${locale === 'nl' ? '' : html` lang="nl"`}>${info.description}</td>
              <td class="nowrap">${info.publishedAt ? date.format(info.publishedAt) : m.notPublished}</td>
              <td>
                ${info.publishedAt
                  ? html`<a href="${tableDownloadUrl(info.name, 'csv')}" download>CSV<span class="visually-hidden"> – ${label}</span></a>,
                      <a href="${tableDownloadUrl(info.name, 'parquet')}" download>Parquet<span class="visually-hidden"> – ${label}</span></a>`
                  : ''}
              </td>
            </tr>`
          })}
        </tbody>
      </table>
    </div>
  </section>`
}
