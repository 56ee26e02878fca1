/** The whole dashboard page, drawn on the server: complete without a script, under a strict CSP. */
import type { Locale } from '@klankbord/contract/vocabulary'
import { parseHTML } from 'linkedom'
import { chartViews, CHART_IDS } from '../charts/index.js'
import type { ChartData } from '../charts/types.js'
import { html, type Html } from './html.js'
import { DASHBOARD_PATH, LOGIN_URL } from './links.js'
import { messages, type Messages } from './messages.js'
import type { Publication } from './publication.js'
import { renderDownloads } from './render-downloads.js'
import { domainLabel, renderFilters } from './render-filters.js'
import { renderResponses } from './render-responses.js'
import { renderView } from './render-view.js'
import { searchOf, withinChoices, type DashboardState } from './url-state.js'

/** Why the figures are not shown: nobody is signed in, or the account's role may not see them. */
export type NoAccess = 'unauthorized' | 'forbidden'

const otherLocale = (locale: Locale): Locale => (locale === 'nl' ? 'en' : 'nl')

function page(locale: Locale, title: string, main: Html, headerLink: string): string {
  const m = messages(locale)
  const other = otherLocale(locale)
  return `<!doctype html>
${html`<html lang="${locale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${DASHBOARD_PATH}dashboard.css" />
    <script type="module" src="${DASHBOARD_PATH}dashboard.js"></script>
  </head>
  <body>
    <a class="skip-link" href="#main">${m.skipToContent}</a>
    <header class="site-header" data-region="header">
      <div class="site-header__bar">
        <p class="site-header__brand"><span class="site-header__name">Klankbord</span> <span class="site-header__product">${m.productName}</span></p>
        <a class="button button--secondary button--small no-print" id="language-link" href="${headerLink}" lang="${other}" hreflang="${other}" aria-label="${m.otherLanguageLabel}" data-filters-link="language">${m.otherLanguage}</a>
      </div>
    </header>
    <main id="main" tabindex="-1" class="page">
      ${main}
    </main>
    <footer class="site-footer" data-region="footer">
      <p>${m.footer}</p>
    </footer>
  </body>
</html>
`}`
}

const intro = (m: Messages): Html => html`<div data-region="intro">
  <h1>${m.title}</h1>
  <p class="lead">${m.intro}</p>
</div>`

/** "2025, Gennep, hulp en zorg thuis (Wmo)": what the page shows, for the announcement and on paper. */
function describe(state: DashboardState, year: string, m: Messages): string {
  const domain = state.domain ? domainLabel(state.domain, state.locale) : m.allDomains.toLowerCase()
  return [year, state.municipality ?? m.allMunicipalities.toLowerCase(), domain].filter(Boolean).join(', ')
}

/**
 * The dashboard for the filters in `state` (choices the publication does not offer fall back to the defaults):
 * every chart as inline SVG drawn with the chart module, with its table, "you said, we did", downloads and notes.
 */
export function renderDashboardPage(publication: Publication, requested: DashboardState, k: number): string {
  const state = withinChoices(requested, publication.choices)
  const m = messages(state.locale)
  const headerLink = `${DASHBOARD_PATH}${searchOf({ ...state, locale: otherLocale(state.locale) })}`
  const { tables, choices } = publication
  if (!tables || choices.years.length === 0) {
    const main = html`${intro(m)}
      <section class="notice" aria-labelledby="no-data-title">
        <h2 id="no-data-title">${m.noDataTitle}</h2>
        <p>${m.noDataText}</p>
      </section>`
    return page(state.locale, `${m.title} – Klankbord`, main, headerLink)
  }
  const year = state.year ?? choices.years.at(-1)!
  const data: ChartData = {
    tables,
    filters: { year, ...(state.municipality ? { municipality: state.municipality } : {}), ...(state.domain ? { domain: state.domain } : {}) },
    locale: state.locale,
    k,
  }
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  const described = describe(state, year, m)
  const main = html`${intro(m)}
    ${renderFilters(state, choices, m)}
    <p class="live-status no-print" id="dashboard-status" role="status"></p>
    <div id="dashboard-content" data-region="content" data-announce="${m.nowShowing(described)}">
      <p class="print-only">${described}</p>
      <nav class="contents no-print" aria-labelledby="contents-title">
        <h2 id="contents-title" class="contents__title">${m.contentsTitle}</h2>
        <ol>
          ${CHART_IDS.map((id) => html`<li><a href="#view-${id}">${m.viewNames[id]}</a></li>`)}
          <li><a href="#responses-title">${m.responsesTitle}</a></li>
          <li><a href="#downloads-title">${m.downloadsTitle}</a></li>
          <li><a href="#about-title">${m.aboutTitle}</a></li>
        </ol>
      </nav>
      ${chartViews(data).map((view) => renderView(view, m, document as unknown as Document))}
      ${renderResponses(data, m)}
      ${renderDownloads(publication.infos, year, state.locale, m)}
      <section class="about" aria-labelledby="about-title">
        <h2 id="about-title">${m.aboutTitle}</h2>
        ${m.aboutText(k).map((text) => html`<p>${text}</p>`)}
      </section>
    </div>`
  return page(state.locale, `${m.title} – ${described} – Klankbord`, main, headerLink)
}

/** Without access: how to log in, in the chosen language first and then in the other one. */
export function renderAccessPage(state: DashboardState, reason: NoAccess): string {
  const m = messages(state.locale)
  const notice = (locale: Locale) => {
    const t = messages(locale)
    const id = `access-${locale}-title`
    return reason === 'forbidden'
      ? html`<section class="notice notice--error" lang="${locale}" aria-labelledby="${id}">
          <h2 id="${id}">${t.forbiddenTitle}</h2>
          <p>${t.forbiddenText}</p>
        </section>`
      : html`<section class="notice notice--warning" lang="${locale}" aria-labelledby="${id}" data-access="login">
          <h2 id="${id}">${t.loginTitle}</h2>
          <p>${t.loginText}</p>
          <ol>${t.loginSteps.map((step) => html`<li>${step}</li>`)}</ol>
          <p><a class="button button--primary" href="${LOGIN_URL}">${t.loginLink}</a></p>
        </section>`
  }
  const main = html`${intro(m)} ${notice(state.locale)} ${notice(otherLocale(state.locale))}`
  return page(state.locale, `${m.loginTitle} – ${m.title} – Klankbord`, main, `${DASHBOARD_PATH}${searchOf({ ...state, locale: otherLocale(state.locale) })}`)
}
