import type { InboxQuery } from '@klankbord/contract'
import { DOMAINS, KINDS, STATUSES, type Domain, type Kind, type Status } from '@klankbord/contract/vocabulary'
import { codeParam, hashParams, idParam, withoutUndefined } from './hash-params.js'

/** The inbox list's filters as they live in the URL hash, so a filtered list can be shared as a link. */
export type InboxFilters = {
  status?: Status
  domain?: Domain
  kind?: Kind
  partner?: string
  /** A confidant's id, or `none` for concerns nobody has taken. */
  assignee?: string
  overdue?: boolean
  objectionSoon?: boolean
  reference?: string
  offset?: number
}

export const PAGE_SIZE = 50
const FILTER_KEYS = ['status', 'domain', 'kind', 'partner', 'assignee', 'overdue', 'objectionSoon', 'reference', 'offset'] as const

/** Reads filters from a hash query; anything unknown or malformed is dropped, never passed on to the API. */
export function filtersFromParams(params: URLSearchParams): InboxFilters {
  const offset = Number(params.get('offset'))
  return withoutUndefined({
    status: codeParam(STATUSES, params.get('status')),
    domain: codeParam(DOMAINS, params.get('domain')),
    kind: codeParam(KINDS, params.get('kind')),
    partner: idParam(params.get('partner')),
    assignee: idParam(params.get('assignee')),
    overdue: params.get('overdue') === 'true' || undefined,
    objectionSoon: params.get('objectionSoon') === 'true' || undefined,
    reference: params.get('reference')?.trim().toUpperCase().slice(0, 20) || undefined,
    offset: Number.isInteger(offset) && offset > 0 ? offset : undefined,
  })
}

/** The hash query for filters, keys always in the same order so equal filters give equal links. */
export const filtersToParams = (filters: InboxFilters): URLSearchParams => hashParams(FILTER_KEYS.map((key) => [key, filters[key]]))

/** The API query for filters. */
export function filtersToQuery(filters: InboxFilters): InboxQuery {
  const { overdue, objectionSoon, offset, ...rest } = filters
  return {
    ...rest,
    ...(overdue ? { overdue: 'true' as const } : {}),
    ...(objectionSoon ? { objectionSoon: 'true' as const } : {}),
    limit: PAGE_SIZE,
    offset: offset ?? 0,
  }
}

/** Whether any filter other than the page is set. */
export const hasFilters = (filters: InboxFilters): boolean => Object.keys(filters).some((key) => key !== 'offset')
