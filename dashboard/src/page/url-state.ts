/** The dashboard's state lives in the query string, so a link shows the same figures to whoever opens it. */
import { DOMAINS, LOCALES, type Locale } from '@klankbord/contract/vocabulary'

export type DashboardState = {
  /** A year such as "2026"; undefined = the latest year with figures. */
  readonly year?: string
  /** A municipality's name; undefined = all together. */
  readonly municipality?: string
  /** A domain code; undefined = all together. */
  readonly domain?: string
  readonly locale: Locale
}

/** Dutch parameter names, as Dutch users read and share them: `?jaar=2026&gemeente=Gennep&domein=wmo&taal=en`. */
export const PARAMS = { year: 'jaar', municipality: 'gemeente', domain: 'domein', locale: 'taal' } as const

const text = (params: URLSearchParams, name: string): string | undefined => params.get(name)?.trim() || undefined

/** Reads the state from a query string; anything malformed is left out, so the default applies. */
export function stateFromSearch(search: string): DashboardState {
  const params = new URLSearchParams(search)
  const year = text(params, PARAMS.year)
  const domain = text(params, PARAMS.domain)
  const locale = text(params, PARAMS.locale)
  return {
    ...(year && /^\d{4}$/.test(year) ? { year } : {}),
    ...(text(params, PARAMS.municipality) ? { municipality: text(params, PARAMS.municipality) } : {}),
    ...(domain && (DOMAINS as readonly string[]).includes(domain) ? { domain } : {}),
    locale: locale && (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : 'nl',
  }
}

/** The query string for a state, with only what differs from the defaults; Dutch is the default language. */
export function searchOf(state: DashboardState): string {
  const params = new URLSearchParams()
  if (state.year) params.set(PARAMS.year, state.year)
  if (state.municipality) params.set(PARAMS.municipality, state.municipality)
  if (state.domain) params.set(PARAMS.domain, state.domain)
  if (state.locale !== 'nl') params.set(PARAMS.locale, state.locale)
  const query = params.toString()
  return query ? `?${query}` : ''
}

export const sameState = (a: DashboardState, b: DashboardState): boolean => searchOf(a) === searchOf(b)

/**
 * Keeps only choices the published figures offer: a municipality or domain from an old link that has no figures
 * now falls back to "all", a year without figures to the latest one.
 */
export function withinChoices(state: DashboardState, choices: { years: readonly string[]; municipalities: readonly string[]; domains: readonly string[] }): DashboardState {
  return {
    locale: state.locale,
    ...(state.year && choices.years.includes(state.year) ? { year: state.year } : {}),
    ...(state.municipality && choices.municipalities.includes(state.municipality) ? { municipality: state.municipality } : {}),
    ...(state.domain && choices.domains.includes(state.domain) ? { domain: state.domain } : {}),
  }
}
