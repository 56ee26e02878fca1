import type { JobName } from '@klankbord/contract'
import { sql } from 'drizzle-orm'
import { jobLeasesTable } from '../../db/schema/index.js'
import { executeRows } from '../../store/execute-rows.js'
import type { Db } from '../../store/types.js'

// Times come from the database's clock, the one clock every instance shares.

const t = jobLeasesTable
const leaseEnd = (leaseMs: number) => sql`now() + make_interval(secs => ${leaseMs / 1000})`

/**
 * Takes the job for `owner` when nobody holds it (or its holder's lease ran out) and, for a nightly run, when the
 * night's run is not done yet: one UPDATE … WHERE … RETURNING, so of instances asking at once exactly one gets it.
 */
export async function takeLease(db: Db, job: JobName, owner: string, leaseMs: number, period: string | undefined): Promise<boolean> {
  await executeRows(db, sql`insert into ${t} (job, owner, expires_at) values (${job}, null, 'epoch') on conflict (job) do nothing`)
  const taken = await executeRows(
    db,
    sql`update ${t} set owner = ${owner}, expires_at = ${leaseEnd(leaseMs)}
      where job = ${job} and expires_at < now() and (${period ?? null}::text is null or done_period is distinct from ${period ?? null}::text)
      returning job`,
  )
  return taken.length === 1
}

/** Keeps the lease while the job works; false when it was lost (this instance stalled longer than the lease). */
export async function renewLease(db: Db, job: JobName, owner: string, leaseMs: number): Promise<boolean> {
  return (await executeRows(db, sql`update ${t} set expires_at = ${leaseEnd(leaseMs)} where job = ${job} and owner = ${owner} returning job`)).length === 1
}

/** Lets go of the job, marking the night done when the run was a nightly one. */
export async function releaseLease(db: Db, job: JobName, owner: string, donePeriod: string | undefined): Promise<void> {
  await executeRows(
    db,
    sql`update ${t} set owner = null, expires_at = 'epoch', done_period = coalesce(${donePeriod ?? null}::text, done_period)
      where job = ${job} and owner = ${owner}`,
  )
}

/** Whether the night's run is done, and otherwise how long until the holder's lease runs out. */
export async function leaseState(db: Db, job: JobName, period: string | undefined): Promise<{ done: boolean; msLeft: number }> {
  const [row] = await executeRows(
    db,
    sql`select done_period, greatest(0, extract(epoch from (expires_at - now())) * 1000)::float8 as ms_left from ${t} where job = ${job}`,
  )
  return { done: period !== undefined && row?.done_period === period, msLeft: Number(row?.ms_left ?? 0) }
}
