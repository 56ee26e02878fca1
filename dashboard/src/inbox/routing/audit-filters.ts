/** The audit log's filters, kept in the hash like the inbox's. */
export type AuditFilters = { objectId?: string; actorId?: string; from?: string; to?: string }

const AUDIT_KEYS = ['objectId', 'actorId', 'from', 'to'] as const
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

export function auditFiltersFromParams(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {}
  for (const key of AUDIT_KEYS) {
    const value = params.get(key)?.trim()
    if (!value) continue
    if ((key === 'from' || key === 'to') && !DATE_PATTERN.test(value)) continue
    if ((key === 'objectId' || key === 'actorId') && !ID_PATTERN.test(value)) continue
    filters[key] = value
  }
  return filters
}

export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of AUDIT_KEYS) if (filters[key]) params.set(key, filters[key])
  return params
}
