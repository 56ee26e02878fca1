import { hashParams, idParam, withoutUndefined } from './hash-params.js'

/** The audit log's filters, kept in the hash like the inbox's. */
export type AuditFilters = { objectId?: string; actorId?: string; from?: string; to?: string }

const AUDIT_KEYS = ['objectId', 'actorId', 'from', 'to'] as const
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

const date = (value: string | undefined) => (value && DATE_PATTERN.test(value) ? value : undefined)

export function auditFiltersFromParams(params: URLSearchParams): AuditFilters {
  const value = (key: (typeof AUDIT_KEYS)[number]) => params.get(key)?.trim()
  return withoutUndefined({ objectId: idParam(value('objectId')), actorId: idParam(value('actorId')), from: date(value('from')), to: date(value('to')) })
}

export const auditFiltersToParams = (filters: AuditFilters): URLSearchParams => hashParams(AUDIT_KEYS.map((key) => [key, filters[key]]))
