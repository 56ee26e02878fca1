import { DOMAIN_LABELS } from '@klankbord/contract/labels'
import { LOCALES, type Domain, type Locale } from '@klankbord/contract/vocabulary'
import { html, type Html } from './html.js'
import { DASHBOARD_PATH } from './links.js'
import type { Messages } from './messages.js'
import { PARAMS, searchOf, type DashboardState } from './url-state.js'

export type Choices = { readonly years: readonly string[]; readonly municipalities: readonly string[]; readonly domains: readonly string[] }

type Option = { readonly value: string; readonly label: string; readonly lang?: Locale }

/** Each language is named in itself. */
const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' }

export const domainLabel = (code: string, locale: Locale): string => DOMAIN_LABELS[locale][code as Domain] ?? code

/**
 * Year, municipality, domain and language as a plain GET form: without a script the button loads the page for
 * the choices; the script applies a choice at once. The `reset` region is swapped by the script with the content.
 */
export function renderFilters(state: DashboardState, choices: Choices, m: Messages): Html {
  const year = state.year ?? choices.years.at(-1) ?? ''
  const narrowed = Boolean(state.municipality || state.domain || year !== choices.years.at(-1))
  return html`<form class="filters no-print" method="get" action="${DASHBOARD_PATH}" aria-labelledby="filters-title" data-region="filters">
    <h2 id="filters-title" class="filters__title">${m.filtersTitle}</h2>
    <p class="filters__hint" id="filters-hint">${m.filtersHint}</p>
    <div class="filters__grid">
      ${select(PARAMS.year, m.filterYear, year, [...choices.years].reverse().map((value) => ({ value, label: value })))}
      ${select(PARAMS.municipality, m.filterMunicipality, state.municipality ?? '', [{ value: '', label: m.allMunicipalities }, ...choices.municipalities.map((value) => ({ value, label: value }))])}
      ${select(PARAMS.domain, m.filterDomain, state.domain ?? '', [{ value: '', label: m.allDomains }, ...choices.domains.map((value) => ({ value, label: domainLabel(value, state.locale) }))])}
      ${select(PARAMS.locale, m.filterLanguage, state.locale, LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value], lang: value })))}
      <div class="filters__actions">
        <button class="button button--primary" type="submit">${m.filterSubmit}</button>
        <span data-region="reset">${narrowed ? html`<a class="filters__reset" id="filters-reset" href="${DASHBOARD_PATH}${searchOf({ locale: state.locale })}" data-filters-link="reset">${m.filterReset}</a>` : ''}</span>
      </div>
    </div>
  </form>`
}

function select(name: string, label: string, value: string, options: readonly Option[]): Html {
  const id = `filter-${name}`
  return html`<div class="field">
    <label class="field__label" for="${id}">${label}</label>
    <select class="field__select" id="${id}" name="${name}" aria-describedby="filters-hint">
      ${options.map((option) => html`<option value="${option.value}"${option.value === value ? html` selected` : ''}${option.lang ? html` lang="${option.lang}"` : ''}>${option.label}</option>`)}
    </select>
  </div>`
}
