import type { ServiceContext } from '../shared/service-context.js'
import { auditResident } from './audit-resident.js'
import { concernForCode, type ResidentCredentials } from './concern-for-code.js'
import { erasePersonalData } from './erase-personal-data.js'

/** Erases the personal data on the resident's request; codes and dates stay for the anonymous statistics. */
export async function eraseOnRequest(context: ServiceContext, credentials: ResidentCredentials): Promise<boolean> {
  const now = context.now()
  const c = await concernForCode(context, credentials)
  if (!c) return false
  if (!c.erasedAt) await erasePersonalData(context.store.db, c.id, 'resident-request', now)
  // The erasure is logged without where it came from: that would outlive what it erased.
  await auditResident({ ...context, trace: { ...context.trace, origin: undefined } }, 'concern.erase', c.id, now)
  return true
}
