import type { Role } from '@klankbord/contract/vocabulary'
import { auditFiltersFromParams, auditFiltersToParams, type AuditFilters } from './audit-filters.js'
import { filtersFromParams, filtersToParams, type InboxFilters } from './inbox-filters.js'
import { signalDraftFromParams, signalDraftToParams, type SignalDraft } from './signal-draft.js'

/** Every view of the inbox app, as parsed from the URL hash (`#/concerns?status=new`). */
export type Route =
  | { view: 'home' }
  | { view: 'login' }
  | { view: 'setup'; token: string }
  | { view: 'concerns'; filters: InboxFilters }
  | { view: 'case'; id: string }
  | { view: 'intake' }
  | { view: 'signals'; draft: SignalDraft }
  | { view: 'recommendations' }
  | { view: 'municipalities' }
  | { view: 'partners' }
  | { view: 'partner-kit'; id: string }
  | { view: 'users' }
  | { view: 'publication' }
  | { view: 'jobs' }
  | { view: 'audit'; filters: AuditFilters }
  | { view: 'account' }
  | { view: 'dashboard' }
  | { view: 'not-found' }

export type View = Route['view']

const SIMPLE: Record<string, View> = {
  login: 'login',
  intake: 'intake',
  account: 'account',
  dashboard: 'dashboard',
  recommendations: 'recommendations',
  'admin/municipalities': 'municipalities',
  'admin/partners': 'partners',
  'admin/users': 'users',
  'admin/publication': 'publication',
  'admin/jobs': 'jobs',
}

const SEGMENT = /^[A-Za-z0-9_-]{1,128}$/

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '')
  const queryAt = raw.indexOf('?')
  const path = (queryAt === -1 ? raw : raw.slice(0, queryAt)).replace(/\/+$/, '')
  const params = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1))
  if (path === '') return { view: 'home' }
  const simple = SIMPLE[path]
  if (simple) return { view: simple } as Route
  if (path === 'concerns') return { view: 'concerns', filters: filtersFromParams(params) }
  if (path === 'signals') return { view: 'signals', draft: signalDraftFromParams(params) }
  if (path === 'admin/audit') return { view: 'audit', filters: auditFiltersFromParams(params) }
  const [first, second, ...more] = path.split('/')
  if (more.length === 0 && second && SEGMENT.test(second)) {
    if (first === 'concerns') return { view: 'case', id: second }
    if (first === 'setup') return { view: 'setup', token: second }
  }
  if (more.length === 1 && first === 'admin' && second === 'partners' && SEGMENT.test(more[0]!)) return { view: 'partner-kit', id: more[0]! }
  return { view: 'not-found' }
}

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

/** The hash for a route; `parseRoute(routeHash(r))` gives `r` back. */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/'
    case 'setup':
      return `#/setup/${encodeURIComponent(route.token)}`
    case 'concerns':
      return withQuery('#/concerns', filtersToParams(route.filters))
    case 'case':
      return `#/concerns/${encodeURIComponent(route.id)}`
    case 'partner-kit':
      return `#/admin/partners/${encodeURIComponent(route.id)}`
    case 'signals':
      return withQuery('#/signals', signalDraftToParams(route.draft))
    case 'audit':
      return withQuery('#/admin/audit', auditFiltersToParams(route.filters))
    case 'municipalities':
    case 'partners':
    case 'users':
    case 'publication':
    case 'jobs':
      return `#/admin/${route.view}`
    case 'not-found':
      return '#/not-found'
    default:
      return `#/${route.view}`
  }
}

/** Views anyone may open, signed in or not. */
const PUBLIC_VIEWS: readonly View[] = ['login', 'setup', 'not-found']

/** Which views each role may open; the API enforces the same split, this only keeps the navigation honest. */
const ROLE_VIEWS: Record<Role, readonly View[]> = {
  confidant: ['home', 'concerns', 'case', 'intake', 'signals', 'recommendations', 'account'],
  administrator: ['home', 'municipalities', 'partners', 'partner-kit', 'users', 'publication', 'jobs', 'audit', 'account'],
  council: ['home', 'dashboard', 'account'],
}

export const isPublicView = (view: View): boolean => PUBLIC_VIEWS.includes(view)
export const mayOpen = (role: Role, view: View): boolean => isPublicView(view) || ROLE_VIEWS[role].includes(view)

/** Where `#/` leads for each role. */
export function homeRoute(role: Role): Route {
  if (role === 'confidant') return { view: 'concerns', filters: {} }
  if (role === 'administrator') return { view: 'users' }
  return { view: 'dashboard' }
}

/** Two routes show the same page (filters may differ); focus moves to the h1 only when the page changes. */
export function samePage(a: Route, b: Route): boolean {
  if (a.view !== b.view) return false
  if (a.view === 'case' && b.view === 'case') return a.id === b.id
  if (a.view === 'partner-kit' && b.view === 'partner-kit') return a.id === b.id
  return true
}
