import { DOMAIN_LABELS } from '@klankbord/contract/labels'
import type { Locale } from '@klankbord/contract/vocabulary'
import { html, nothing, type PropertyValues } from 'lit'
import { availableDomains, availableMunicipalities, availableYears, CHART_IDS, chartView } from '../../charts/index.js'
import type { ChartData, ChartFilters, ChartId, ChartView } from '../../charts/types.js'
import { loadStatistics, StatisticsError, type Statistics } from '../data/statistics-api.js'
import { FiltersChangeEvent } from '../events.js'
import { messages, type Messages } from '../i18n/messages.js'
import { KbDashboardElement } from '../kb-dashboard-element.js'
import { sameState, searchOf, stateFromSearch, withinChoices, type DashboardState } from '../state/url-state.js'

type Phase = 'loading' | 'ready' | 'unauthorized' | 'forbidden' | 'failed'

type Choices = { years: string[]; municipalities: string[]; domains: string[] }

/** Where the council logs in; the session cookie is shared with the dashboard. */
const LOGIN_URL = '/inbox/'

/** Views drawn before the first paint; the others follow in the next task, so the first chart shows sooner. */
const FIRST_VIEWS = 1

/**
 * The council dashboard: loads the published statistics once, keeps the filters and the language in the URL
 * (so a link can be shared and back/forward work) and draws every chart for them.
 */
export class KbDashboardApp extends KbDashboardElement {
  static override properties = { state: { state: true }, phase: { state: true }, statistics: { state: true }, announcement: { state: true }, shown: { state: true } }

  state: DashboardState = stateFromSearch(location.search)
  phase: Phase = 'loading'
  statistics: Statistics | undefined
  /** Read out by screen readers after a choice: what the charts show now. */
  announcement = ''
  /** How many views are on the page: a few at first load, then all. */
  shown = FIRST_VIEWS
  private choices: Choices = { years: [], municipalities: [], domains: [] }
  private data: ChartData | undefined
  /** Views for the current data, built when first shown. */
  private readonly views = new Map<ChartId, ChartView>()

  private readonly onPopState = () => {
    const next = stateFromSearch(location.search)
    if (!sameState(next, this.state)) this.state = next
  }

  /** A closed <details> does not print; the tables are the alternative to the charts, so paper gets them open. */
  private readonly onBeforePrint = () => {
    for (const details of this.querySelectorAll<HTMLDetailsElement>('details.view__table:not([open])')) {
      details.open = true
      details.dataset.openedForPrint = ''
    }
  }

  private readonly onAfterPrint = () => {
    for (const details of this.querySelectorAll<HTMLDetailsElement>('details[data-opened-for-print]')) {
      details.open = false
      delete details.dataset.openedForPrint
    }
  }

  override connectedCallback(): void {
    super.connectedCallback()
    window.addEventListener('popstate', this.onPopState)
    window.addEventListener('beforeprint', this.onBeforePrint)
    window.addEventListener('afterprint', this.onAfterPrint)
    this.addEventListener(FiltersChangeEvent.type, (event) => this.choose(event.filters))
    void this.load()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    window.removeEventListener('popstate', this.onPopState)
    window.removeEventListener('beforeprint', this.onBeforePrint)
    window.removeEventListener('afterprint', this.onAfterPrint)
  }

  private async load(): Promise<void> {
    this.phase = 'loading'
    try {
      this.statistics = await loadStatistics()
      performance.mark('klankbord-data')
      this.phase = 'ready'
    } catch (error) {
      const status = error instanceof StatisticsError ? error.status : -1
      this.phase = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : 'failed'
    }
  }

  private navigate(next: DashboardState): void {
    if (sameState(next, this.state)) return
    history.pushState(null, '', `${location.pathname}${searchOf(next)}`)
    this.state = next
  }

  private choose(filters: ChartFilters): void {
    this.navigate({ locale: this.state.locale, ...filters })
    this.announcement = messages(this.state.locale).nowShowing(this.describe(this.state, messages(this.state.locale)))
  }

  private switchLanguage(): void {
    this.navigate({ ...this.state, locale: this.state.locale === 'nl' ? 'en' : 'nl' })
    this.announcement = ''
  }

  private describe(state: DashboardState, m: Messages): string {
    const domain = state.domain ? (DOMAIN_LABELS[state.locale][state.domain as keyof (typeof DOMAIN_LABELS)['nl']] ?? state.domain) : m.allDomains.toLowerCase()
    return [state.year ?? this.choices.years.at(-1) ?? '', state.municipality ?? m.allMunicipalities.toLowerCase(), domain].filter(Boolean).join(', ')
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('statistics') && this.statistics) {
      const { tables } = this.statistics
      this.choices = { years: availableYears(tables), municipalities: availableMunicipalities(tables), domains: availableDomains(tables) }
    }
    if (this.statistics && (changed.has('statistics') || changed.has('state'))) {
      // A link with a choice that has no figures (an old year, a renamed municipality) shows the defaults instead.
      const kept = withinChoices(this.state, this.choices)
      if (!sameState(kept, this.state)) {
        history.replaceState(null, '', `${location.pathname}${searchOf(kept)}`)
        this.state = kept
      }
      const filters: ChartFilters = { ...(kept.year ? { year: kept.year } : {}), ...(kept.municipality ? { municipality: kept.municipality } : {}), ...(kept.domain ? { domain: kept.domain } : {}) }
      this.data = { tables: this.statistics.tables, filters, locale: kept.locale, k: this.statistics.k }
      this.views.clear()
    }
    if (changed.has('state')) document.documentElement.lang = this.state.locale
  }

  private view(id: ChartId): ChartView {
    let view = this.views.get(id)
    if (!view) {
      view = chartView(id, this.data!)
      this.views.set(id, view)
    }
    return view
  }

  protected override updated(): void {
    if (this.phase === 'ready' && this.shown < CHART_IDS.length) requestAnimationFrame(() => setTimeout(() => (this.shown = CHART_IDS.length)))
    const m = messages(this.state.locale)
    const year = this.state.year ?? this.choices.years.at(-1)
    document.title = `${m.title}${year ? ` ${year}` : ''} – Klankbord`
  }

  private skipToMain(event: Event): void {
    // Focus moves without adding #main to the URL, which holds the filters.
    event.preventDefault()
    this.querySelector<HTMLElement>('main')?.focus()
  }

  protected override render() {
    const locale = this.state.locale
    const m = messages(locale)
    const other: Locale = locale === 'nl' ? 'en' : 'nl'
    return html`<a class="skip-link" href="#main" @click=${this.skipToMain}>${m.skipToContent}</a>
      <header class="site-header">
        <div class="site-header__bar">
          <p class="site-header__brand"><span class="site-header__name">Klankbord</span> <span class="site-header__product">${m.productName}</span></p>
          <button class="button button--secondary button--small no-print" type="button" lang=${other} aria-label=${m.otherLanguageLabel} @click=${this.switchLanguage}>${m.otherLanguage}</button>
        </div>
      </header>
      <main id="main" tabindex="-1" class="page">
        <h1>${m.title}</h1>
        <p class="lead">${m.intro}</p>
        ${this.renderPhase(m, locale)}
      </main>
      <footer class="site-footer">
        <p>${m.footer}</p>
      </footer>`
  }

  private renderPhase(m: Messages, locale: Locale) {
    switch (this.phase) {
      case 'loading':
        return html`<p role="status" class="loading">${m.loading}</p>`
      case 'unauthorized':
        return html`<div class="notice notice--warning" role="alert">
          <h2>${m.loginTitle}</h2>
          <p>${m.loginText}</p>
          <p><a class="button button--primary" href=${LOGIN_URL}>${m.loginLink}</a></p>
        </div>`
      case 'forbidden':
        return html`<div class="notice notice--error" role="alert">
          <h2>${m.forbiddenTitle}</h2>
          <p>${m.forbiddenText}</p>
        </div>`
      case 'failed':
        return html`<div class="notice notice--error" role="alert">
          <h2>${m.failedTitle}</h2>
          <p>${m.failedText}</p>
          <p><button class="button button--secondary" type="button" @click=${() => void this.load()}>${m.retry}</button></p>
        </div>`
      case 'ready':
        return this.renderDashboard(m, locale)
    }
  }

  private renderDashboard(m: Messages, locale: Locale) {
    const statistics = this.statistics!
    if (this.choices.years.length === 0)
      return html`<div class="notice">
        <h2>${m.noDataTitle}</h2>
        <p>${m.noDataText}</p>
      </div>`
    const filters = this.data?.filters ?? {}
    const year = filters.year ?? this.choices.years.at(-1) ?? ''
    return html`<p class="print-only">${this.describe(this.state, m)}</p>
      <kb-dashboard-filters
        .filters=${{ ...filters, year }}
        .years=${this.choices.years}
        .municipalities=${this.choices.municipalities}
        .domains=${this.choices.domains}
        locale=${locale}
      ></kb-dashboard-filters>
      <p class="live-status no-print" role="status">${this.announcement}</p>
      <nav class="contents no-print" aria-labelledby="contents-title">
        <h2 id="contents-title" class="contents__title">${m.contentsTitle}</h2>
        <ol>
          ${CHART_IDS.map((id) => html`<li><a href="#view-${id}">${m.viewNames[id]}</a></li>`)}
          <li><a href="#responses-title">${m.responsesTitle}</a></li>
          <li><a href="#downloads-title">${m.downloadsTitle}</a></li>
          <li><a href="#about-title">${m.aboutTitle}</a></li>
        </ol>
      </nav>
      ${CHART_IDS.slice(0, this.shown).map((id) => html`<kb-chart-section .view=${this.view(id)} locale=${locale} k=${statistics.k}></kb-chart-section>`)}
      ${this.shown < CHART_IDS.length ? nothing : this.renderRest(m, locale, statistics.k, year)}`
  }

  private renderRest(m: Messages, locale: Locale, k: number, year: string) {
    const statistics = this.statistics!
    return html`<kb-signal-responses .data=${this.data}></kb-signal-responses>
      <kb-dashboard-downloads .infos=${statistics.infos} year=${year} locale=${locale}></kb-dashboard-downloads>
      <section class="about" aria-labelledby="about-title">
        <h2 id="about-title">${m.aboutTitle}</h2>
        ${m.aboutText(k).map((text) => html`<p>${text}</p>`)}
      </section>`
  }
}
