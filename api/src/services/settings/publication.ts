import { eq } from 'drizzle-orm'
import { settingsTable } from '../../db/schema/index.js'
import type { Db } from '../../store/types.js'

const KEY = 'statistics-public'
/** Several server processes may share one PostgreSQL: a change reaches the others within this time. */
const FRESH_MS = 5_000

/** Whether the dashboard, the statistics and the annual report are open to everyone, as the administrator set it. */
export type Publication = {
  statisticsPublic(): Promise<boolean>
  setStatisticsPublic(value: boolean, userId: string, now: Date): Promise<void>
}

/**
 * The administrator's switch, kept in the store. `publicAtStart` (KLANKBORD_PUBLIC_STATISTICS=on) switches it on
 * when the server starts; the administrator can switch it off again until the next start.
 */
export function createPublication(db: Db, options: { publicAtStart: boolean; now: () => Date }): Publication {
  let cached: { value: boolean; at: number } | undefined
  let started: Promise<void> | undefined

  async function write(value: boolean, userId: string | null, now: Date): Promise<void> {
    await db
      .insert(settingsTable)
      .values({ key: KEY, value, updatedBy: userId, updatedAt: now })
      .onConflictDoUpdate({ target: settingsTable.key, set: { value, updatedBy: userId, updatedAt: now } })
    cached = { value, at: Date.now() }
  }

  return {
    async statisticsPublic() {
      started ??= options.publicAtStart ? write(true, null, options.now()) : Promise.resolve()
      await started
      if (cached && Date.now() - cached.at < FRESH_MS) return cached.value
      const [row] = await db.select({ value: settingsTable.value }).from(settingsTable).where(eq(settingsTable.key, KEY))
      cached = { value: row?.value === true, at: Date.now() }
      return cached.value
    },
    async setStatisticsPublic(value, userId, now) {
      started ??= Promise.resolve()
      await write(value, userId, now)
    },
  }
}
