import { JOB_NAMES, type JobName, type JobRun } from '@klankbord/contract'
import { eq, sql } from 'drizzle-orm'
import { jobRunsTable } from '../../db/schema/index.js'
import { executeRows } from '../../store/execute-rows.js'
import type { Db } from '../../store/types.js'

/** Writes that a run began (the database's time); returns its id. */
export async function startRun(db: Db, job: JobName, owner: string, period: string | undefined): Promise<number> {
  const [row] = await executeRows(
    db,
    sql`insert into ${jobRunsTable} (job, owner, period, started_at, result) values (${job}, ${owner}, ${period ?? null}, now(), 'running') returning id`,
  )
  return Number(row!.id)
}

/** Writes how the run ended; `error` is the error's type name, never its message (which could quote data). */
export async function finishRun(db: Db, id: number, result: 'succeeded' | 'failed', error: string | null): Promise<JobRun> {
  const [row] = await db
    .update(jobRunsTable)
    .set({ finishedAt: sql`now()`, result, error })
    .where(eq(jobRunsTable.id, id))
    .returning()
  return toJobRun(row!)
}

/** The newest run of each job that ever ran: one index lookup per job. */
export async function lastRuns(db: Db): Promise<JobRun[]> {
  const runs = await Promise.all(
    JOB_NAMES.map(async (job) => {
      const [row] = await db.select().from(jobRunsTable).where(eq(jobRunsTable.job, job)).orderBy(sql`${jobRunsTable.startedAt} desc`).limit(1)
      return row && toJobRun(row)
    }),
  )
  return runs.filter((run): run is JobRun => run !== undefined)
}

function toJobRun(row: typeof jobRunsTable.$inferSelect): JobRun {
  return {
    job: row.job as JobName,
    result: row.result,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    error: row.error,
  }
}
