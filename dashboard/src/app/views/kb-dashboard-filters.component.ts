import { DOMAIN_LABELS } from '@klankbord/contract/labels'
import type { Locale } from '@klankbord/contract/vocabulary'
import { html, nothing } from 'lit'
import type { ChartFilters } from '../../charts/types.js'
import { FiltersChangeEvent } from '../events.js'
import { messages } from '../i18n/messages.js'
import { KbDashboardElement } from '../kb-dashboard-element.js'

type Option = { readonly value: string; readonly label: string }

/**
 * Year, municipality and domain. A choice applies at once (it only redraws the charts on this page, so focus and
 * context stay where they are); the app writes it to the URL.
 *
 * @fires kb-filters-change - With the filters after a choice.
 */
export class KbDashboardFilters extends KbDashboardElement {
  static override properties = {
    filters: { attribute: false },
    years: { attribute: false },
    municipalities: { attribute: false },
    domains: { attribute: false },
    locale: {},
  }

  /** **filters**, the filters in force (a year is always set here). */
  filters: ChartFilters = {}
  /** **years**, the years with figures, oldest first. */
  years: readonly string[] = []
  /** **municipalities**, the municipalities with figures. */
  municipalities: readonly string[] = []
  /** **domains**, the domain codes with figures. */
  domains: readonly string[] = []
  /** **locale**, *nl* or *en*; default *nl*. */
  locale: Locale = 'nl'

  private choose(event: Event): void {
    const form = (event.target as HTMLSelectElement).form
    if (!form) return
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value || undefined
    const year = value('jaar')
    const municipality = value('gemeente')
    const domain = value('domein')
    this.dispatchEvent(new FiltersChangeEvent({ ...(year ? { year } : {}), ...(municipality ? { municipality } : {}), ...(domain ? { domain } : {}) }))
  }

  /** The button goes away once nothing is narrowed, so focus moves to the first filter instead of being lost. */
  private async reset(): Promise<void> {
    this.dispatchEvent(new FiltersChangeEvent({}))
    await this.updateComplete
    this.querySelector<HTMLSelectElement>('select')?.focus()
  }

  protected override render() {
    const m = messages(this.locale)
    const f = this.filters
    const years = [...this.years].reverse().map((year) => ({ value: year, label: year }))
    const municipalities = [{ value: '', label: m.allMunicipalities }, ...this.municipalities.map((name) => ({ value: name, label: name }))]
    const domains = [{ value: '', label: m.allDomains }, ...this.domains.map((code) => ({ value: code, label: DOMAIN_LABELS[this.locale][code as keyof (typeof DOMAIN_LABELS)['nl']] ?? code }))]
    const narrowed = Boolean(f.municipality || f.domain || (f.year && f.year !== this.years.at(-1)))
    return html`<form class="filters no-print" aria-labelledby="filters-title" @submit=${(event: Event) => event.preventDefault()} @change=${this.choose}>
      <h2 id="filters-title" class="filters__title">${m.filtersTitle}</h2>
      <p class="filters__hint" id="filters-hint">${m.filtersHint}</p>
      <div class="filters__grid">
        ${this.select('jaar', m.filterYear, f.year ?? this.years.at(-1) ?? '', years)} ${this.select('gemeente', m.filterMunicipality, f.municipality ?? '', municipalities)}
        ${this.select('domein', m.filterDomain, f.domain ?? '', domains)}
        ${narrowed ? html`<button class="button button--secondary filters__reset" type="button" @click=${this.reset}>${m.filterReset}</button>` : nothing}
      </div>
    </form>`
  }

  private select(name: string, label: string, value: string, options: readonly Option[]) {
    const id = `filter-${name}`
    return html`<div class="field">
      <label class="field__label" for=${id}>${label}</label>
      <select class="field__select" id=${id} name=${name} aria-describedby="filters-hint" .value=${value}>
        ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>
    </div>`
  }
}
