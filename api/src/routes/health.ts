import type { Health } from '@klankbord/contract'
import type { AppDeps } from '../app-deps.js'
import { Problem } from '../http/problem.js'
import { lastRuns } from '../services/scheduling/job-runs.js'
import { currentPublication } from '../services/statistics/publication-store.js'
import { appliedMigrations, expectedMigrations } from '../store/migration-level.js'
import type { OperationHandler } from './operation-handler.js'

/**
 * `getHealth`: the store answers, its migrations match this version, how each job last ran and which publication
 * is served. A few index lookups, no personal data; 503 when the store does not answer, so a proxy stops sending here.
 */
export function healthHandler(deps: AppDeps): OperationHandler<'getHealth'> {
  return async (c) => {
    let health: Health
    try {
      const [applied, jobs, publication] = await Promise.all([appliedMigrations(deps.store), lastRuns(deps.store.db), currentPublication(deps.store)])
      health = {
        status: 'ok',
        store: { kind: deps.store.kind, reachable: true },
        migrations: { applied, expected: expectedMigrations() },
        jobs,
        publication: publication ? { version: publication.version, publishedAt: publication.publishedAt.toISOString() } : null,
      }
    } catch {
      throw new Problem('unavailable')
    }
    return c.json(health)
  }
}
