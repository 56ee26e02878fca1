import { OPERATION_PATHS, operationPath, queryString } from '@klankbord/contract/api-path'
import type { OperationRequest, OperationResponse } from '@klankbord/contract/operations'
import type { Config } from '../config.js'
import { commandContext } from './command-context.js'
import { activeLock, type LockInfo } from '../store/data-dir-lock.js'
import { openStore } from '../store/open-store.js'
import type { StoreContext } from '../services/shared/service-context.js'

export class ServerUnreachableError extends Error {}

export type LocalOperation = 'listConcernsLocal' | 'addUserLocal' | 'runRetentionLocal' | 'runPipelineLocal' | 'getPartnerLocal' | 'backupLocal' | 'reencryptLocal'

/** Calls a local operation of the server that holds the data directory. */
export async function callRunningServer<Id extends LocalOperation>(lock: LockInfo, id: Id, request: OperationRequest<Id>): Promise<OperationResponse<Id>> {
  const { params, query, body } = request as { params?: Record<string, string>; query?: Record<string, string | number | boolean | undefined>; body?: unknown }
  const path = (operationPath as (id: LocalOperation, params?: Record<string, string>) => string)(id, params)
  let response: Response
  try {
    response = await fetch(`${lock.controlUrl}${path}${queryString(query ?? {})}`, {
      method: OPERATION_PATHS[id].method,
      headers: { Authorization: `Bearer ${lock.controlToken}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ServerUnreachableError(
      `De server (proces ${lock.pid}) houdt de datamap vast maar antwoordt niet op ${lock.controlUrl}.\n` +
        `The server (process ${lock.pid}) holds the data directory but does not answer at ${lock.controlUrl}.`,
    )
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as { detail?: string; invalidParams?: { reason: string }[] } | undefined
    const reasons = problem?.invalidParams?.map((p) => p.reason).join('; ')
    throw new ServerUnreachableError(`De server antwoordde / the server answered HTTP ${response.status}${problem?.detail ? `: ${problem.detail}` : ''}${reasons ? ` (${reasons})` : ''}`)
  }
  return (await response.json()) as OperationResponse<Id>
}

/**
 * PGlite allows one process at a time: while the server holds the embedded store, a command goes through
 * the server; otherwise (or on PostgreSQL) it opens the store itself, and the services run here without a request to trace.
 */
export async function viaServerOrStore<T>(config: Config, viaServer: (lock: LockInfo) => Promise<T>, direct: (context: StoreContext) => Promise<T>): Promise<T> {
  if (!config.databaseUrl) {
    const lock = activeLock(config.dataDir)
    if (lock?.controlUrl && lock.controlToken) return viaServer(lock)
    // A holder without a control URL (a migration, another command) cannot be asked; openStore then fails with a clear message.
  }
  const store = await openStore(config)
  try {
    return await direct(commandContext(store))
  } finally {
    await store.close()
  }
}
