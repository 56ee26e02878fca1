import type { Db } from '../../store/types.js'
import { partnersTable } from '../../db/schema/index.js'
import { findPartner, type PartnerRecord } from './find-partner.js'

const TTL_MS = 10_000

/**
 * Partners change rarely and are read on every intake and CORS preflight, so they are cached briefly.
 * A new partner or origin is live within ten seconds on every instance.
 */
export function createPartnerCache(db: Db, now: () => number = Date.now) {
  const byKey = new Map<string, { at: number; partner: PartnerRecord | undefined }>()
  let origins: { at: number; set: Set<string> } | undefined
  return {
    async find(key: string): Promise<PartnerRecord | undefined> {
      const hit = byKey.get(key)
      if (hit && now() - hit.at < TTL_MS) return hit.partner
      const partner = await findPartner(db, key)
      if (byKey.size > 1000) byKey.clear()
      byKey.set(key, { at: now(), partner })
      return partner
    },
    /** Every origin registered by any partner: a CORS preflight does not say which partner it is for. */
    async allowedOrigins(): Promise<Set<string>> {
      if (origins && now() - origins.at < TTL_MS) return origins.set
      const rows = await db.select({ allowedOrigins: partnersTable.allowedOrigins }).from(partnersTable)
      origins = { at: now(), set: new Set(rows.flatMap((row) => row.allowedOrigins)) }
      return origins.set
    },
    invalidate() {
      byKey.clear()
      origins = undefined
    },
  }
}
export type PartnerCache = ReturnType<typeof createPartnerCache>
