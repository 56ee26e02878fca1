import { DOMAINS, KINDS, STATUSES, type Domain, type Kind, type Status } from '@klankbord/contract/vocabulary'
import type { InboxQuery } from '@klankbord/contract'

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
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/

const oneOf = <T extends string>(codes: readonly T[], value: string | null): T | undefined =>
  value !== null && (codes as readonly string[]).includes(value) ? (value as T) : undefined

const id = (value: string | null) => (value !== null && ID_PATTERN.test(value) ? value : undefined)

/** Reads filters from a hash query; anything unknown or malformed is dropped, never passed on to the API. */
export function filtersFromParams(params: URLSearchParams): InboxFilters {
  const filters: InboxFilters = {}
  const status = oneOf(STATUSES, params.get('status'))
  if (status) filters.status = status
  const domain = oneOf(DOMAINS, params.get('domain'))
  if (domain) filters.domain = domain
  const kind = oneOf(KINDS, params.get('kind'))
  if (kind) filters.kind = kind
  const partner = id(params.get('partner'))
  if (partner) filters.partner = partner
  const assignee = id(params.get('assignee'))
  if (assignee) filters.assignee = assignee
  if (params.get('overdue') === 'true') filters.overdue = true
  if (params.get('objectionSoon') === 'true') filters.objectionSoon = true
  const reference = params.get('reference')?.trim().toUpperCase().slice(0, 20)
  if (reference) filters.reference = reference
  const offset = Number(params.get('offset'))
  if (Number.isInteger(offset) && offset > 0) filters.offset = offset
  return filters
}

/** The hash query for filters, keys always in the same order so equal filters give equal links. */
export function filtersToParams(filters: InboxFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.status) params.set('status', filters.status)
  if (filters.domain) params.set('domain', filters.domain)
  if (filters.kind) params.set('kind', filters.kind)
  if (filters.partner) params.set('partner', filters.partner)
  if (filters.assignee) params.set('assignee', filters.assignee)
  if (filters.overdue) params.set('overdue', 'true')
  if (filters.objectionSoon) params.set('objectionSoon', 'true')
  if (filters.reference) params.set('reference', filters.reference)
  if (filters.offset) params.set('offset', String(filters.offset))
  return params
}

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
